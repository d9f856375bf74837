package org.latch.partner.agreement;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.partner.ApprovedPartner;
import org.latch.partner.OrganizationDetails;
import org.latch.partner.agreement.AgreementDocument.Kind;
import org.latch.platform.Language;
import org.latch.platform.PlatformSettings;

/**
 * Makes an agreement's documents from the partner's details and keeps their bytes: the
 * document as issued, and the signed copy with its record page.
 */
@Component
class AgreementDocuments {

	private final AgreementDocumentRepository documents;

	private final AgreementPdf pdf;

	private final AccountManagement accounts;

	private final PlatformSettings settings;

	AgreementDocuments(AgreementDocumentRepository documents, AgreementPdf pdf, AccountManagement accounts,
			PlatformSettings settings) {
		this.documents = documents;
		this.pdf = pdf;
		this.accounts = accounts;
		this.settings = settings;
	}

	/**
	 * A new document for the agreement, issued at {@code now}; saved once the agreement
	 * row exists.
	 */
	AgreementDocument issue(Agreement agreement, ApprovedPartner partner, @Nullable Instant renews, Instant now) {
		byte[] bytes = this.pdf.issued(content(agreement, agreement.revision() + 1, partner, renews, now));
		return new AgreementDocument(agreement.id(), Kind.ISSUED, bytes, now);
	}

	/** The issued pages and a record page of both signatures, saved. */
	AgreementDocument signedCopy(Agreement agreement, ApprovedPartner partner, Person signatory, Instant now) {
		byte[] issued = this.documents.findById(agreement.documentId()).orElseThrow().content();
		SignatureRecord record = new SignatureRecord(agreement.documentSha256(), String.valueOf(agreement.signerName()),
				signatory.email(), java.util.Objects.requireNonNull(agreement.signedAt()),
				String.valueOf(agreement.signerAddress()), String.valueOf(agreement.countersignerName()), now,
				String.valueOf(agreement.countersignerAddress()),
				java.util.Objects.requireNonNull(agreement.startsAt()),
				java.util.Objects.requireNonNull(agreement.endsAt()));
		byte[] copy = this.pdf.signedCopy(issued,
				content(agreement, agreement.revision(), partner, null, agreement.issuedAt()), record);
		return this.documents.save(new AgreementDocument(agreement.id(), Kind.SIGNED_COPY, copy, now));
	}

	AgreementDocument save(AgreementDocument document) {
		return this.documents.save(document);
	}

	Optional<AgreementDocument> find(UUID id) {
		return this.documents.findById(id);
	}

	private AgreementContent content(Agreement agreement, int revision, ApprovedPartner partner,
			@Nullable Instant renews, Instant issuedAt) {
		OrganizationDetails organization = partner.organization();
		Optional<Person> signatory = this.accounts.person(agreement.signatoryId());
		return new AgreementContent(agreement.id(), agreement.term(), revision, AgreementTemplate.VERSION, issuedAt,
				Language.match(agreement.language()).orElse(Language.ENGLISH), this.settings.link("/partners"),
				organization.legalName(), organization.country(), organization.region(), organization.level(),
				partner.registrationNumber(), organization.languages(), signatory.map(Person::displayName).orElse("—"),
				signatory.map(Person::email).orElse("—"), agreement.codeAttestedAt(), renews);
	}

}
