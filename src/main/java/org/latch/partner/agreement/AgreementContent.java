package org.latch.partner.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.partner.PartnerLevel;
import org.latch.platform.Language;

/**
 * Everything an issued agreement says of its partner and itself: the same content always
 * makes the same bytes.
 *
 * @param revision how often this term's document has been issued, this one included
 * @param language the signatory's language, in which a translation follows the English
 * text
 * @param programAddress the public address of the partner program (this installation)
 * @param languages language tags of the languages the organization works in
 * @param codeAttestedAt when the signatory attested adherence to the International Code
 * @param renews the end of the term this agreement renews, if it is a renewal
 */
record AgreementContent(UUID agreementId, int term, int revision, String templateVersion, Instant issuedAt,
		Language language, String programAddress, String legalName, String country, String region, PartnerLevel level,
		String registrationNumber, List<String> languages, String signatoryName, String signatoryEmail,
		@Nullable Instant codeAttestedAt, @Nullable Instant renews) {

	AgreementContent {
		languages = List.copyOf(languages);
	}

}
