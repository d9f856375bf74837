package org.latch.notification;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notification module alone: queued emails reach a real SMTP server, and only from
 * inside a transaction.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@Tag("persistence")
class NotificationIntegrationTests {

	@Autowired
	NotificationManagement notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OutboxMailRepository outbox;

	@Test
	void aQueuedEmailIsDeliveredOverSmtpAndMarkedSent() {
		String to = UUID.randomUUID() + "@module.example.org";
		this.transactions.executeWithoutResult(status -> this.notifications.send(new Email(to, "Olá", "Corpo çã ✓")));
		assertThat(TestMailServer.awaitMailTo(to, Duration.ofSeconds(10))).contains("Corpo çã ✓");
		assertThat(TestMailServer.subjectOfLatest(to)).isEqualTo("Olá");
	}

	@Test
	void anEmailRolledBackWithItsTransactionIsNeverSent() throws InterruptedException {
		String to = UUID.randomUUID() + "@module.example.org";
		this.transactions.executeWithoutResult(status -> {
			this.notifications.send(new Email(to, "Never", "Rolled back"));
			status.setRollbackOnly();
		});
		Thread.sleep(800);
		assertThat(TestMailServer.countTo(to)).isZero();
	}

	@Test
	void queueingOutsideATransactionIsRefusedSoNoEmailCanOutliveAFailedChange() {
		assertThatThrownBy(() -> this.notifications.send(new Email("x@example.org", "s", "b")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
