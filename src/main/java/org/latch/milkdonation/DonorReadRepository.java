package org.latch.milkdonation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DonorReadRepository extends JpaRepository<DonorRead, UUID> {

	List<DonorRead> findByDonorIdOrderByReadAt(UUID donorId);

}
