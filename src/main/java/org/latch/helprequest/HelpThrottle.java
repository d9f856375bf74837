package org.latch.helprequest;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits new help requests per network address (no CAPTCHA: it would shut out people
 * using assistive technology). A family resending the same form is not counted again.
 */
@Component
class HelpThrottle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(2, TimeUnit.HOURS)
		.maximumSize(100_000)
		.build();

	private final int perHour;

	HelpThrottle(@Value("${latch.help.requests-per-hour:5}") int perHour) {
		this.perHour = perHour;
	}

	/** Counts one request from the address; false when it sent too many this hour. */
	boolean allow(String address) {
		return this.buckets.get(address, key -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(this.perHour).refillGreedy(this.perHour, Duration.ofHours(1)).build())
			.build()).tryConsume(1);
	}

}
