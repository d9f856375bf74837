package org.latch.partner.benefit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerManagement;
import org.latch.partner.agreement.AgreementCountersigned;
import org.latch.partner.agreement.AgreementManagement;
import org.latch.partner.agreement.AgreementTerm;

/**
 * The conference registration and exhibit space codes: issued in the transaction that
 * countersigns a term (and at night for any countersigned term without them), looked up
 * and redeemed once by the platform's staff while the term runs.
 */
@Service
class BenefitCodes {

	private static final Logger log = LoggerFactory.getLogger(BenefitCodes.class);

	/**
	 * Tries before a collision of 59-bit codes would be anything but a broken generator.
	 */
	private static final int TRIES = 5;

	private final BenefitCodeRepository codes;

	private final PartnerManagement partners;

	private final AgreementManagement agreements;

	private final AccountManagement accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BenefitCodes(BenefitCodeRepository codes, PartnerManagement partners, AgreementManagement agreements,
			AccountManagement accounts, TransactionTemplate transactions, Clock clock) {
		this.codes = codes;
		this.partners = partners;
		this.agreements = agreements;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	void on(AgreementCountersigned countersigned) {
		issue(countersigned.term(), this.clock.instant());
	}

	/**
	 * Issues the codes of any countersigned term that has none (before V23, or failed).
	 */
	@Scheduled(cron = "${latch.partner.benefits.cron:0 40 5 * * *}")
	void nightly() {
		int issued = issueMissing(this.clock.instant());
		if (issued > 0) {
			log.info("Partner benefits: codes issued for {} terms", issued);
		}
	}

	int issueMissing(Instant now) {
		int issued = 0;
		for (AgreementTerm term : this.agreements.termsNotEnded(now)) {
			if (!this.codes.existsByAgreementId(term.agreement())) {
				try {
					this.transactions.executeWithoutResult(status -> issue(term, now));
					issued++;
				}
				catch (DataIntegrityViolationException issuedMeanwhile) {
					log.debug("Codes of term {} issued by another node", term.agreement());
				}
			}
		}
		return issued;
	}

	/**
	 * One code of each benefit for the term, unless it has them (in the caller's
	 * transaction).
	 */
	void issue(AgreementTerm term, Instant now) {
		if (this.codes.existsByAgreementId(term.agreement())) {
			return;
		}
		for (Benefit benefit : Benefit.values()) {
			this.codes.save(new BenefitCode(term, benefit, unused(), now));
		}
	}

	@Transactional(readOnly = true)
	List<CodeView> of(UUID partner) {
		return this.codes.findByPartnerIdOrderByTermDescBenefitAsc(partner).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	Optional<CodeView> find(String code) {
		return this.codes.findByCode(code).map(this::view);
	}

	/** Redeems a code the staff typed; the outcome says why not when it was not. */
	@Transactional
	Redemption redeem(String code, UUID staff, Instant now) {
		Optional<BenefitCode> found = this.codes.findByCode(code);
		if (found.isEmpty()) {
			return Redemption.UNKNOWN;
		}
		BenefitCode benefit = found.get();
		if (benefit.redeemedAt() != null) {
			return Redemption.ALREADY_REDEEMED;
		}
		if (now.isBefore(benefit.validFrom())) {
			return Redemption.NOT_YET_VALID;
		}
		if (!now.isBefore(benefit.validUntil())) {
			return Redemption.EXPIRED;
		}
		return (this.codes.redeem(benefit.id(), staff, now) == 1) ? Redemption.REDEEMED : Redemption.ALREADY_REDEEMED;
	}

	/** What redeeming a code did. */
	enum Redemption {

		REDEEMED, ALREADY_REDEEMED, NOT_YET_VALID, EXPIRED, UNKNOWN

	}

	private String unused() {
		for (int i = 0; i < TRIES; i++) {
			String code = Codes.next();
			if (this.codes.findByCode(code).isEmpty()) {
				return code;
			}
		}
		throw new IllegalStateException("No unused benefit code in " + TRIES + " tries");
	}

	private CodeView view(BenefitCode code) {
		String legalName = this.partners.approved(new org.latch.partner.PartnerId(code.partnerId()))
			.map(ApprovedPartner::organization)
			.map(organization -> organization.legalName())
			.orElse("—");
		String by = (code.redeemedBy() == null) ? null
				: this.accounts.person(code.redeemedBy()).map(Person::displayName).orElse("—");
		return new CodeView(code.shown(), code.benefit(), code.partnerId(), legalName, code.term(), code.validFrom(),
				code.validUntil(), code.redeemedAt(), by,
				CodeView.standing(code.redeemedAt(), code.validFrom(), code.validUntil(), this.clock.instant()));
	}

}
