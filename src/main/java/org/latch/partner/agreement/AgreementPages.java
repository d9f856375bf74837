package org.latch.partner.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerManagement;
import org.latch.partner.agreement.AgreementPage.Actions;
import org.latch.partner.agreement.AgreementPage.HistoryEntry;
import org.latch.partner.agreement.AgreementPage.Standing;
import org.latch.platform.Language;

/**
 * Reads agreements for the people allowed to see them: a partner's signatory and the
 * reviewers. Everyone else finds nothing.
 */
@Service
@Transactional(readOnly = true)
class AgreementPages {

	private final AgreementRepository agreements;

	private final AgreementStepRepository steps;

	private final AgreementDocumentRepository documents;

	private final AgreementManagement management;

	private final PartnerManagement partners;

	private final AccountManagement accounts;

	AgreementPages(AgreementRepository agreements, AgreementStepRepository steps, AgreementDocumentRepository documents,
			AgreementManagement management, PartnerManagement partners, AccountManagement accounts) {
		this.agreements = agreements;
		this.steps = steps;
		this.documents = documents;
		this.management = management;
		this.partners = partners;
		this.accounts = accounts;
	}

	Optional<AgreementPage> page(UUID partnerId, Viewer viewer, Instant now) {
		Optional<ApprovedPartner> partner = visible(partnerId, viewer);
		if (partner.isEmpty()) {
			return Optional.empty();
		}
		List<Agreement> all = this.agreements.findByPartnerIdOrderByTermDesc(partnerId);
		Map<UUID, Integer> sizes = new HashMap<>();
		if (!all.isEmpty()) {
			this.documents.sizes(all.stream().map(Agreement::id).toList())
				.forEach(row -> sizes.put((UUID) row[0], ((Number) row[1]).intValue()));
		}
		List<AgreementView> views = all.stream().map(agreement -> view(agreement, sizes)).toList();
		Agreement latest = all.isEmpty() ? null : all.getFirst();
		boolean signatory = partner.get().signatory().equals(viewer.id());
		boolean renew = signatory && latest != null && this.management.renewable(latest, now);
		Actions actions = new Actions(signatory, viewer.reviewer(),
				signatory && latest != null && latest.status() == AgreementStatus.AWAITING_SIGNATURE,
				viewer.platformAdministrator() && !signatory && latest != null
						&& latest.status() == AgreementStatus.AWAITING_COUNTERSIGNATURE,
				viewer.platformAdministrator() && (latest == null || latest.status() != AgreementStatus.COUNTERSIGNED),
				renew);
		Optional<Agreement> inForce = all.stream().filter(agreement -> agreement.inForce(now)).findFirst();
		Optional<Agreement> ended = all.stream()
			.filter(agreement -> agreement.status() == AgreementStatus.COUNTERSIGNED)
			.findFirst();
		Standing standing = inForce.isPresent() ? Standing.IN_FORCE
				: ended.isPresent() ? Standing.LAPSED : Standing.NOT_YET;
		Instant since = inForce.or(() -> ended).map(Agreement::endsAt).orElse(null);
		return Optional.of(new AgreementPage(partnerId, partner.get().organization().legalName(), standing, since,
				views.isEmpty() ? null : views.getFirst(), views.isEmpty() ? List.of() : views.subList(1, views.size()),
				history(partnerId, all), actions, renew ? latest.endsAt() : null));
	}

	/** The bytes of one of the partner's documents, for its signatory or a reviewer. */
	Optional<AgreementDocument> document(UUID partnerId, UUID documentId, Viewer viewer) {
		return visible(partnerId, viewer).flatMap(partner -> this.documents.findById(documentId))
			.filter(document -> this.agreements.findById(document.agreementId())
				.filter(agreement -> agreement.partnerId().equals(partnerId))
				.isPresent());
	}

	/** Every approved partner's latest agreement, for the administrators' list. */
	List<AgreementRow> all(Instant now) {
		return this.partners.approved().stream().map(partner -> {
			Optional<Agreement> latest = this.agreements.findFirstByPartnerIdOrderByTermDesc(partner.id().value());
			return new AgreementRow(partner.id().value(), partner.organization().legalName(),
					latest.map(agreement -> AgreementRow.Group.of(agreement, now, this.management)).orElse(null),
					latest.map(Agreement::term).orElse(0), latest.map(Agreement::endsAt).orElse(null));
		}).sorted(Comparator.comparing(AgreementRow::legalName)).toList();
	}

	private Optional<ApprovedPartner> visible(UUID partnerId, Viewer viewer) {
		return this.partners.approved(new PartnerId(partnerId))
			.filter(partner -> viewer.reviewer() || partner.signatory().equals(viewer.id()));
	}

	private List<HistoryEntry> history(UUID partnerId, List<Agreement> all) {
		Map<UUID, Integer> terms = new HashMap<>();
		all.forEach(agreement -> terms.put(agreement.id(), agreement.term()));
		Map<UUID, Optional<String>> names = new HashMap<>();
		return this.steps.findByPartnerIdOrderByAtAscSeqAsc(partnerId)
			.stream()
			.map(step -> new HistoryEntry(step.at(), name(step.actorId(), names), step.action(),
					terms.getOrDefault(step.agreementId(), 0), step.typedName(), step.address(), step.documentSha256(),
					step.note()))
			.toList();
	}

	private @Nullable String name(@Nullable UUID account, Map<UUID, Optional<String>> names) {
		if (account == null) {
			return null;
		}
		return names.computeIfAbsent(account, id -> this.accounts.person(id).map(Person::displayName)).orElse("—");
	}

	private static AgreementView view(Agreement a, Map<UUID, Integer> sizes) {
		AgreementView.Signed signature = (a.signedAt() == null) ? null : new AgreementView.Signed(
				String.valueOf(a.signerName()), a.signedAt(), String.valueOf(a.signerAddress()));
		AgreementView.Signed countersignature = (a.countersignedAt() == null) ? null : new AgreementView.Signed(
				String.valueOf(a.countersignerName()), a.countersignedAt(), String.valueOf(a.countersignerAddress()));
		String translation = Language.match(a.language())
			.filter(language -> language != Language.ENGLISH)
			.map(Language::nativeName)
			.orElse(null);
		return new AgreementView(a.id(), a.term(), a.status(), a.templateVersion(), translation, a.issuedAt(),
				a.documentId(), a.documentSha256(), sizes.getOrDefault(a.documentId(), 0), signature, countersignature,
				a.signedCopyId(), a.signedCopySha256(),
				(a.signedCopyId() == null) ? 0 : sizes.getOrDefault(a.signedCopyId(), 0), a.startsAt(), a.endsAt());
	}

}
