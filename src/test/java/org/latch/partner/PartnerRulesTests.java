package org.latch.partner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the partner program without Spring: which IBLCE numbers and files are
 * accepted, and how the configured criteria judge an application.
 */
class PartnerRulesTests {

	@Test
	void anIblceNumberIsFiveToNineDigitsWrittenWithOrWithoutSpacesAndHyphens() {
		assertThat(PartnerChecks.iblceNumber("12345")).hasValue("12345");
		assertThat(PartnerChecks.iblceNumber(" 1234-5678 ")).hasValue("12345678");
		assertThat(PartnerChecks.iblceNumber("123 456 789")).hasValue("123456789");
		for (String wrong : new String[] { "1234", "1234567890", "L-12345", "12a45", "１２３４５", "", null }) {
			assertThat(PartnerChecks.iblceNumber(wrong)).as(String.valueOf(wrong)).isEmpty();
		}
	}

	@Test
	void aFileIsAcceptedByItsFirstBytesNeverByItsName() {
		assertThat(EvidenceType.sniff(PartnerFixtures.PDF)).hasValue(EvidenceType.PDF);
		assertThat(EvidenceType.sniff(PartnerFixtures.PNG)).hasValue(EvidenceType.PNG);
		assertThat(EvidenceType.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.hasValue(EvidenceType.JPEG);
		assertThat(EvidenceType.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
			.hasValue(EvidenceType.WEBP);
		for (String other : new String[] { "<html>%PDF-1.4", " %PDF-1.4", "RIFF\0\0\0\0AVI LIST", "GIF89a", "",
				"<svg onload=alert(1)>" }) {
			assertThat(EvidenceType.sniff(other.getBytes(StandardCharsets.ISO_8859_1))).as(other).isEmpty();
		}
	}

	@Test
	void theChecklistFollowsTheConfiguredCriteria() {
		PartnerApplication application = new PartnerApplication(UUID.randomUUID(), Instant.EPOCH);
		application.people(new PeopleDetails(6, 1, List.of(new Ibclc("Ana", "12345")), "Ana", "ana@example.org", null),
				Instant.EPOCH);
		List<Criterion> seed = new Eligibility(new PartnerCriteria(true, true, 10, 2)).check(application);
		assertThat(seed).extracting(Criterion::name).containsExactly("legal", "code", "members", "ibclcs");
		assertThat(seed).noneMatch(Criterion::met);
		assertThat(seed.get(2).arguments()).containsExactly(7, 10);
		assertThat(seed.get(3).arguments()).containsExactly(1, 2);

		application.pledge(true, Instant.EPOCH);
		List<Criterion> smaller = new Eligibility(new PartnerCriteria(false, true, 5, 1)).check(application);
		assertThat(smaller).extracting(Criterion::name).containsExactly("code", "members", "ibclcs");
		assertThat(smaller).allMatch(Criterion::met);
		assertThat(new Eligibility(new PartnerCriteria(false, false, 0, 0)).check(application)).isEmpty();
	}

}
