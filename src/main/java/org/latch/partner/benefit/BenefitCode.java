package org.latch.partner.benefit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.partner.agreement.AgreementTerm;
import org.latch.platform.StoredEntity;

/**
 * One benefit of one term of a partner's agreement, as a code valid while the term runs
 * and redeemed once. Redemption is one conditional update
 * ({@link BenefitCodeRepository}), so two staff redeeming at once cannot both succeed.
 */
@Entity
@Table(name = "partner_benefit_code")
class BenefitCode extends StoredEntity {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID agreementId;

	private int term;

	@Enumerated(EnumType.STRING)
	private Benefit benefit;

	private String code;

	private Instant validFrom;

	private Instant validUntil;

	private Instant issuedAt;

	private @Nullable Instant redeemedAt;

	private @Nullable UUID redeemedBy;

	protected BenefitCode() {
		this.id = UUID.randomUUID();
		this.partnerId = this.id;
		this.agreementId = this.id;
		this.benefit = Benefit.CONFERENCE_REGISTRATION;
		this.code = "";
		this.validFrom = Instant.EPOCH;
		this.validUntil = Instant.EPOCH;
		this.issuedAt = Instant.EPOCH;
	}

	BenefitCode(AgreementTerm term, Benefit benefit, String code, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = term.partner().value();
		this.agreementId = term.agreement();
		this.term = term.term();
		this.benefit = benefit;
		this.code = code;
		this.validFrom = term.startsAt();
		this.validUntil = term.endsAt();
		this.issuedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	int term() {
		return this.term;
	}

	Benefit benefit() {
		return this.benefit;
	}

	String code() {
		return this.code;
	}

	String shown() {
		return Codes.shown(this.benefit, this.code);
	}

	Instant validFrom() {
		return this.validFrom;
	}

	Instant validUntil() {
		return this.validUntil;
	}

	@Nullable Instant redeemedAt() {
		return this.redeemedAt;
	}

	@Nullable UUID redeemedBy() {
		return this.redeemedBy;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
