package org.latch.fundraising;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingRepository extends JpaRepository<Funding, UUID> {

}
