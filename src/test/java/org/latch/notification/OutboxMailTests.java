package org.latch.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTests {

	@Test
	void eachFailedDeliveryWaitsLongerUpToAnHour() {
		OutboxMail mail = new OutboxMail(new Email("a@example.org", "s", "b"));
		Duration previous = Duration.ZERO;
		for (int attempt = 1; attempt <= 15; attempt++) {
			mail.failed("connection refused");
			Duration wait = Duration.between(Instant.now(), nextAttempt(mail));
			assertThat(wait).isGreaterThanOrEqualTo(previous.minusSeconds(1)).isLessThanOrEqualTo(Duration.ofHours(1));
			previous = wait;
		}
		assertThat(previous).isGreaterThan(Duration.ofMinutes(59));
	}

	@Test
	void aVeryLongErrorIsShortenedToFitItsColumn() {
		OutboxMail mail = new OutboxMail(new Email("a@example.org", "s", "b"));
		mail.failed("x".repeat(10_000));
		assertThat(lastError(mail)).hasSize(500);
	}

	private static Instant nextAttempt(OutboxMail mail) {
		return (Instant) field(mail, "nextAttempt");
	}

	private static String lastError(OutboxMail mail) {
		return (String) field(mail, "lastError");
	}

	private static Object field(OutboxMail mail, String name) {
		try {
			var field = OutboxMail.class.getDeclaredField(name);
			field.setAccessible(true);
			return field.get(mail);
		}
		catch (ReflectiveOperationException failure) {
			throw new AssertionError(failure);
		}
	}

}
