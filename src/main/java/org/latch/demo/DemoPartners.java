package org.latch.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.partner.Ibclc;
import org.latch.partner.OrganizationDetails;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerLevel;
import org.latch.partner.PartnerManagement;
import org.latch.partner.PeopleDetails;
import org.latch.partner.agreement.AgreementManagement;
import org.latch.partner.agreement.Signature;

/**
 * Demo partner organizations ({@code demo/partners.tsv}), each applied for by its own
 * contact account and taken through review by the platform administrator as far as its
 * row says: approved, waiting for review, or declined with a reason. An approved
 * partner's agreement is signed and countersigned (listed), countersigned eleven months
 * ago (its renewal due in 20 days), or only signed (waiting for countersignature).
 */
@Component
class DemoPartners {

	/** A one-page PDF as a registration certificate. */
	private static final byte[] CERTIFICATE = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	/** The network address the demo's signatures are recorded from: the server itself. */
	private static final String LOADED_FROM = "127.0.0.1";

	private final AccountManagement accounts;

	private final PartnerManagement partners;

	private final AgreementManagement agreements;

	private final Clock clock;

	DemoPartners(AccountManagement accounts, PartnerManagement partners, AgreementManagement agreements, Clock clock) {
		this.accounts = accounts;
		this.partners = partners;
		this.agreements = agreements;
		this.clock = clock;
	}

	/** Loads the partners; {@code reviewer} is the account that reviews them. */
	int load(String hash, String reviewer) {
		UUID reviewerId = this.accounts.person(reviewer).orElseThrow().id();
		List<String[]> rows = DemoFiles.tsv("demo/partners.tsv");
		for (String[] row : rows) {
			this.accounts.createVerified(row[0], row[1], List.of(row[2]), hash,
					List.of(new GrantView(Role.FAMILY, null)));
			UUID applicant = this.accounts.person(row[0]).orElseThrow().id();
			PartnerId id = this.partners.start(applicant);
			this.partners.saveOrganization(id, applicant, new OrganizationDetails(row[3], row[4], row[5],
					PartnerLevel.valueOf(row[6]), Arrays.asList(row[7].split(";")), row[8], row[9]));
			this.partners.saveRecognition(id, applicant, row[10], CERTIFICATE);
			List<Ibclc> ibclcs = Arrays.stream(row[13].split(";"))
				.map(pair -> pair.split(":"))
				.map(pair -> new Ibclc(pair[0], pair[1]))
				.toList();
			this.partners.savePeople(id, applicant, new PeopleDetails(Integer.parseInt(row[11]),
					Integer.parseInt(row[12]), ibclcs, row[1], row[0], null));
			this.partners.savePledge(id, applicant, true);
			this.partners.submit(id, applicant);
			String outcome = row[14];
			if (outcome.equals("SUBMITTED")) {
				continue;
			}
			this.partners.startReview(id, reviewerId);
			if (outcome.equals("APPROVED")) {
				this.partners.approve(id, reviewerId, row[15].isEmpty() ? null : row[15]);
				sign(id, applicant, row[1], reviewerId, row[16]);
			}
			else {
				this.partners.decline(id, reviewerId, row[15]);
			}
		}
		return rows.size();
	}

	/**
	 * Signs the partner's agreement and, unless it should wait for countersignature,
	 * countersigns it: today, or for a renewal due in 20 days a year less 20 days ago.
	 */
	private void sign(PartnerId id, UUID applicant, String applicantName, UUID reviewer, String stage) {
		Instant now = this.clock.instant();
		Instant at = stage.equals("RENEWAL_DUE") ? now.atZone(ZoneOffset.UTC).minusYears(1).plusDays(20).toInstant()
				: now;
		String document = this.agreements.latestDocument(id).orElseThrow();
		this.agreements.sign(id, applicant, new Signature(applicantName, true, LOADED_FROM, document), at);
		if (!stage.equals("SIGNED")) {
			String admin = this.accounts.person(reviewer).orElseThrow().displayName();
			this.agreements.countersign(id, reviewer, new Signature(admin, true, LOADED_FROM, document), at);
		}
	}

}
