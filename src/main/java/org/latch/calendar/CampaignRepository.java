package org.latch.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, UUID> {

	List<Campaign> findByPublishedTrueAndHeldOnGreaterThanEqualOrderByHeldOnAscNameAsc(LocalDate from);

	List<Campaign> findAllByOrderByHeldOnDescNameAsc();

}
