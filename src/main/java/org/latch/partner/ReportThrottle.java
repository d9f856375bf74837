package org.latch.partner;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Limits violation reports per network address (no CAPTCHA: it would shut out people
 * using assistive technology). Only reports that pass every check are counted.
 */
@Component
class ReportThrottle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(2, TimeUnit.HOURS)
		.maximumSize(100_000)
		.build();

	private final int perHour;

	ReportThrottle(CodeSettings settings) {
		this.perHour = settings.reportsPerHour();
	}

	/** Counts one report from the address; false when it sent too many this hour. */
	boolean allow(String address) {
		return this.buckets.get(address, key -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(this.perHour).refillGreedy(this.perHour, Duration.ofHours(1)).build())
			.build()).tryConsume(1);
	}

}
