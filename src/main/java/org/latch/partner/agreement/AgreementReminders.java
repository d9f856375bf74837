package org.latch.partner.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerManagement;
import org.latch.partner.agreement.AgreementStep.Action;

/**
 * Every night: issues the first agreement of any approved partner that has none (approved
 * before agreements existed, or an issue that failed), reminds signatories of terms that
 * end soon, each reminder once, and records each term that ended, with a lapse when no
 * renewal is in force. One transaction per agreement; a row another node changed
 * meanwhile is left to it.
 */
@Component
class AgreementReminders {

	private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

	private final AgreementRepository agreements;

	private final AgreementStepRepository steps;

	private final AgreementManagement management;

	private final PartnerManagement partners;

	private final AgreementMails mails;

	private final AgreementSettings settings;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	AgreementReminders(AgreementRepository agreements, AgreementStepRepository steps, AgreementManagement management,
			PartnerManagement partners, AgreementMails mails, AgreementSettings settings,
			TransactionTemplate transactions, java.time.Clock clock) {
		this.agreements = agreements;
		this.steps = steps;
		this.management = management;
		this.partners = partners;
		this.mails = mails;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** What one run did. */
	record Run(int issued, int reminded, int lapsed) {
	}

	@Scheduled(cron = "${latch.partner.agreement.cron:0 30 5 * * *}")
	void nightly() {
		Run run = run(this.clock.instant());
		if (run.issued() + run.reminded() + run.lapsed() > 0) {
			log.info("Partner agreements: {} issued, {} reminders sent, {} lapsed", run.issued(), run.reminded(),
					run.lapsed());
		}
	}

	/** Does the night's work as of {@code now}. */
	Run run(Instant now) {
		int issued = 0;
		Set<UUID> withAgreement = new HashSet<>(this.agreements.partnersWithAgreements());
		for (ApprovedPartner partner : this.partners.approved()) {
			if (!withAgreement.contains(partner.id().value())
					&& safely(() -> this.management.issued(partner.id(), null, now) == AgreementOutcome.DONE)) {
				issued++;
			}
		}
		int reminded = 0;
		int lapsed = 0;
		Instant horizon = now.plus(Duration.ofDays(this.settings.renewalDays() + 1));
		for (Agreement ending : this.agreements.endingBy(horizon, AgreementStatus.COUNTERSIGNED)) {
			UUID id = ending.id();
			if (ending.endsAt() != null && !ending.endsAt().isAfter(now)) {
				lapsed += safely(() -> inTransaction(() -> ended(id, now))) ? 1 : 0;
			}
			else {
				reminded += safely(() -> inTransaction(() -> remind(id, now))) ? 1 : 0;
			}
		}
		return new Run(issued, reminded, lapsed);
	}

	/**
	 * Sends the reminder due {@code now}, the one with the fewest days not yet past,
	 * unless it (or a later one) was sent or the signatory already signed a renewal.
	 */
	private boolean remind(UUID id, Instant now) {
		Agreement agreement = this.agreements.findById(id).orElseThrow();
		if (renewalSigned(agreement) || agreement.endsAt() == null) {
			return false;
		}
		long daysLeft = ChronoUnit.DAYS.between(now.atZone(ZoneOffset.UTC).toLocalDate(),
				agreement.endsAt().atZone(ZoneOffset.UTC).toLocalDate());
		List<Integer> due = this.settings.reminderDays().stream().filter(days -> daysLeft <= days).toList();
		if (due.isEmpty()) {
			return false;
		}
		int reminder = due.getLast();
		if (agreement.remindedDays() != null && agreement.remindedDays() <= reminder) {
			return false;
		}
		agreement.reminded(reminder);
		this.steps.save(AgreementStep.of(agreement, now, null, Action.REMINDED, Integer.toString(reminder)));
		this.mails.reminder(agreement, legalName(agreement));
		return true;
	}

	/**
	 * Records that a term ended; without another agreement in force, the partner lapsed.
	 */
	private boolean ended(UUID id, Instant now) {
		Agreement agreement = this.agreements.findById(id).orElseThrow();
		agreement.endRecorded(now);
		boolean renewed = this.agreements.findByPartnerIdOrderByTermDesc(agreement.partnerId())
			.stream()
			.anyMatch(other -> other.inForce(now));
		if (renewed) {
			return false;
		}
		this.steps.save(AgreementStep.of(agreement, now, null, Action.LAPSED, null));
		this.mails.lapsed(agreement, legalName(agreement));
		return true;
	}

	private boolean renewalSigned(Agreement agreement) {
		return this.agreements.findByPartnerIdOrderByTermDesc(agreement.partnerId())
			.stream()
			.anyMatch(other -> other.term() > agreement.term() && other.status() != AgreementStatus.AWAITING_SIGNATURE);
	}

	private String legalName(Agreement agreement) {
		return this.partners.approved(new PartnerId(agreement.partnerId()))
			.map(partner -> partner.organization().legalName())
			.orElse("—");
	}

	private boolean inTransaction(java.util.function.BooleanSupplier work) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> work.getAsBoolean()));
	}

	/** Work another node did at the same time fails here on its version or unique key. */
	private static boolean safely(java.util.function.BooleanSupplier work) {
		try {
			return work.getAsBoolean();
		}
		catch (DataAccessException changedMeanwhile) {
			log.debug("Partner agreement changed meanwhile", changedMeanwhile);
			return false;
		}
	}

}
