package org.latch.milkdonation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilkBankStaffRepository extends JpaRepository<MilkBankStaff, UUID> {

	List<MilkBankStaff> findByBankId(UUID bankId);

}
