package org.latch.partner.benefit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadershipMeetingRepository extends JpaRepository<LeadershipMeeting, UUID> {

	List<LeadershipMeeting> findAllByOrderByStartsAtDesc();

}
