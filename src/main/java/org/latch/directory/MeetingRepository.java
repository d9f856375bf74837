package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

	List<Meeting> findByGroupIdOrderByCreatedAtAscIdAsc(UUID groupId);

}
