package org.latch.partner;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;

/**
 * People of a partner test, each with a fresh address so that mails and applications of
 * other tests never mix in: an applicant (English or another language), a reviewer
 * (platform administrator) and someone else.
 */
public final class PartnerFixtures {

	/** The smallest file every PDF reader opens. */
	public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	public final String run = UUID.randomUUID().toString().substring(0, 8);

	public final String applicant;

	public final String reviewer;

	public final String stranger;

	public PartnerFixtures(AccountManagement accounts, String applicantLanguage) {
		String hash = accounts.hashPassword("partner-test-password");
		this.applicant = "applicant-" + this.run + "@partner-" + this.run + ".example.org";
		this.reviewer = "reviewer-" + this.run + "@partner-" + this.run + ".example.org";
		this.stranger = "stranger-" + this.run + "@partner-" + this.run + ".example.org";
		accounts.createVerified(this.applicant, "Marisol Applicant", List.of(applicantLanguage), hash,
				List.of(new GrantView(Role.FAMILY, null)));
		accounts.createVerified(this.reviewer, "Rita Reviewer", List.of("en"), hash,
				List.of(new GrantView(Role.PLATFORM_ADMIN, null)));
		accounts.createVerified(this.stranger, "Sam Stranger", List.of("en"), hash,
				List.of(new GrantView(Role.FAMILY, null)));
	}

}
