package org.latch.fundraising;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Stripe's webhook signature: the {@code Stripe-Signature} header holds the time it was
 * signed ({@code t=}) and one or more {@code v1=} signatures, each the hex HMAC-SHA256 of
 * {@code t + "." + payload} under the endpoint's secret. A payload is taken only when one
 * signature matches and it was signed within the tolerance of now, so an old delivery
 * cannot be replayed.
 */
final class StripeSignature {

	private StripeSignature() {
	}

	static boolean verify(String payload, @Nullable String header, String secret, Instant now, Duration tolerance) {
		if (header == null || header.length() > 2000 || secret.isEmpty()) {
			return false;
		}
		Long timestamp = null;
		for (String item : header.split(",")) {
			String[] pair = item.strip().split("=", 2);
			if (pair.length != 2) {
				continue;
			}
			if (pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
				timestamp = Long.valueOf(pair[1]);
			}
		}
		if (timestamp == null) {
			return false;
		}
		String expected = sign(timestamp, payload, secret);
		boolean matched = false;
		for (String item : header.split(",")) {
			String[] pair = item.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equals("v1") && MessageDigest
				.isEqual(expected.getBytes(StandardCharsets.US_ASCII), pair[1].getBytes(StandardCharsets.US_ASCII))) {
				matched = true;
			}
		}
		return matched && Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) <= 0;
	}

	/**
	 * The header Stripe would send for this payload at this time (demo data and tests).
	 */
	static String header(String payload, String secret, Instant at) {
		return "t=" + at.getEpochSecond() + ",v1=" + sign(at.getEpochSecond(), payload, secret);
	}

	private static String sign(long timestamp, String payload, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
