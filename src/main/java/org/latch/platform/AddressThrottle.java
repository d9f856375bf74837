package org.latch.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits how many forms one network address may send an hour (instead of a CAPTCHA, which
 * would shut out people using assistive technology). In memory, per node.
 */
public final class AddressThrottle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(2, TimeUnit.HOURS)
		.maximumSize(100_000)
		.build();

	private final int perHour;

	public AddressThrottle(int perHour) {
		this.perHour = perHour;
	}

	/** Counts one form from the address; false when it sent too many this hour. */
	public boolean allow(String address) {
		return bucket(address).tryConsume(1);
	}

	/**
	 * True when the address has used up this hour's allowance, without counting anything:
	 * for limits that count only failures (a wrong code), checked before each try.
	 */
	public boolean spent(String address) {
		return bucket(address).getAvailableTokens() <= 0;
	}

	private Bucket bucket(String address) {
		return this.buckets.get(address, key -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(this.perHour).refillGreedy(this.perHour, Duration.ofHours(1)).build())
			.build());
	}

}
