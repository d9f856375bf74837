package org.latch.notification;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued emails. Each mail is marked in its own transaction; the optimistic
 * version keeps two nodes from both marking the same mail, and a crash before marking
 * means a retry.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final OutboxMailRepository outbox;

	private final MailTransport transport;

	private final TransactionTemplate transactions;

	OutboxDispatcher(OutboxMailRepository outbox, MailTransport transport, TransactionTemplate transactions) {
		this.outbox = outbox;
		this.transport = transport;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${latch.mail.poll-interval:2s}")
	void deliverPending() {
		for (OutboxMail mail : this.outbox.findBySentAtIsNullAndNextAttemptBeforeOrderByCreatedAt(Instant.now(),
				Limit.of(50))) {
			deliver(mail);
		}
	}

	private void deliver(OutboxMail mail) {
		try {
			this.transport.deliver(mail.email());
			mail.sent();
		}
		catch (Exception failure) {
			log.warn("Email {} not delivered yet: {}", mail.id(), failure.getMessage());
			mail.failed(String.valueOf(failure.getMessage()));
		}
		try {
			this.transactions.executeWithoutResult(status -> this.outbox.save(mail));
		}
		catch (ObjectOptimisticLockingFailureException otherNode) {
			log.debug("Email {} was handled by another node", mail.id());
		}
	}

}
