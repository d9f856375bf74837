package org.latch.fundraising;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StripeSignatureTests {

	private static final String SECRET = "whsec_test_secret";

	private static final Instant NOW = Instant.parse("2026-05-09T15:00:00Z");

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}";

	@Test
	void aPayloadSignedWithTheSecretJustNowIsTaken() {
		String header = StripeSignature.header(PAYLOAD, SECRET, NOW.minusSeconds(30));
		assertThat(StripeSignature.verify(PAYLOAD, header, SECRET, NOW, TOLERANCE)).isTrue();
	}

	@Test
	void theSignatureIsTheHmacOfTimeDotPayload() {
		// Computed apart: printf '1492774577.{}' | openssl dgst -sha256 -hmac
		// whsec_example
		assertThat(StripeSignature.header("{}", "whsec_example", Instant.ofEpochSecond(1492774577)))
			.isEqualTo("t=1492774577,v1=1b622e9c31804ad429912b4a8c10bbcd38e1a169158ed34ac27b54b0848623c0");
	}

	@Test
	void oneOfSeveralSignaturesMayMatch() {
		String good = StripeSignature.header(PAYLOAD, SECRET, NOW);
		String header = "t=" + NOW.getEpochSecond() + ",v1=" + "0".repeat(64) + ","
				+ good.substring(good.indexOf("v1=")) + ",v0=ignored";
		assertThat(StripeSignature.verify(PAYLOAD, header, SECRET, NOW, TOLERANCE)).isTrue();
	}

	@Test
	void aWrongSecretAChangedPayloadOrAnOldDeliveryIsRefused() {
		String header = StripeSignature.header(PAYLOAD, SECRET, NOW);
		assertThat(StripeSignature.verify(PAYLOAD, header, "whsec_other", NOW, TOLERANCE)).isFalse();
		assertThat(StripeSignature.verify(PAYLOAD.replace("evt_1", "evt_2"), header, SECRET, NOW, TOLERANCE)).isFalse();
		assertThat(StripeSignature.verify(PAYLOAD, header, SECRET, NOW.plus(Duration.ofMinutes(6)), TOLERANCE))
			.isFalse();
		assertThat(StripeSignature.verify(PAYLOAD, header, SECRET, NOW.minus(Duration.ofMinutes(6)), TOLERANCE))
			.isFalse();
	}

	@Test
	void malformedHeadersAreRefused() {
		for (String bad : new String[] { "", "v1=abc", "t=abc,v1=abc", "t=1,v1=", "garbage", "t=,v1=,,,", "=,=" }) {
			assertThat(StripeSignature.verify(PAYLOAD, bad, SECRET, NOW, TOLERANCE)).as(bad).isFalse();
		}
		assertThat(StripeSignature.verify(PAYLOAD, null, SECRET, NOW, TOLERANCE)).isFalse();
		assertThat(StripeSignature.verify(PAYLOAD, StripeSignature.header(PAYLOAD, SECRET, NOW), "", NOW, TOLERANCE))
			.isFalse();
	}

}
