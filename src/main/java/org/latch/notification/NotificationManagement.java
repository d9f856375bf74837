package org.latch.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues emails. Call it inside the transaction that makes the change the email
 * announces.
 */
@Service
public class NotificationManagement {

	private final OutboxMailRepository outbox;

	NotificationManagement(OutboxMailRepository outbox) {
		this.outbox = outbox;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Email email) {
		this.outbox.save(new OutboxMail(email));
	}

}
