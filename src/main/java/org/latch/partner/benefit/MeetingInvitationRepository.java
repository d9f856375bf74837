package org.latch.partner.benefit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingInvitationRepository extends JpaRepository<MeetingInvitation, MeetingInvitation.Key> {

	@Query("select i from MeetingInvitation i where i.key.partnerId = :partner")
	List<MeetingInvitation> ofPartner(UUID partner);

	@Query("select count(i) from MeetingInvitation i where i.key.meetingId = :meeting")
	long countOf(UUID meeting);

}
