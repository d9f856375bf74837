package org.latch.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and mail bombing: a limited number of failed sign-ins per
 * account and per network address, and of emails requested per address, refilled over
 * time.
 */
@Component
class SignInThrottle {

	static final int FAILURES_PER_ACCOUNT = 5;

	static final int FAILURES_PER_ADDRESS = 20;

	static final int MAILS_PER_ADDRESS = 10;

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	boolean signInBlocked(String email, String address) {
		return bucket("a:" + email.toLowerCase(Locale.ROOT), FAILURES_PER_ACCOUNT).getAvailableTokens() <= 0
				|| bucket("i:" + address, FAILURES_PER_ADDRESS).getAvailableTokens() <= 0;
	}

	void signInFailed(String email, String address) {
		bucket("a:" + email.toLowerCase(Locale.ROOT), FAILURES_PER_ACCOUNT).tryConsume(1);
		bucket("i:" + address, FAILURES_PER_ADDRESS).tryConsume(1);
	}

	/**
	 * Counts one email requested from this address; false when the address asked for too
	 * many.
	 */
	boolean mailAllowed(String address) {
		return bucket("m:" + address, MAILS_PER_ADDRESS).tryConsume(1);
	}

	private Bucket bucket(String key, int capacity) {
		return this.buckets.computeIfAbsent(key,
				k -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
					.build());
	}

	/** Forgets buckets that have refilled, so memory stays bounded by recent activity. */
	@Scheduled(fixedDelay = 15, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	void forgetIdle() {
		this.buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacityOf(e.getKey()));
	}

	private static int capacityOf(String key) {
		return switch (key.charAt(0)) {
			case 'a' -> FAILURES_PER_ACCOUNT;
			case 'i' -> FAILURES_PER_ADDRESS;
			default -> MAILS_PER_ADDRESS;
		};
	}

}
