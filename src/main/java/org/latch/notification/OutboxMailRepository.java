package org.latch.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

	List<OutboxMail> findBySentAtIsNullAndNextAttemptBeforeOrderByCreatedAt(Instant now, Limit limit);

}
