package org.latch.fundraising;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.latch.platform.StoredEntity;

/**
 * What a campaign raises: its goal in a currency, and the beneficiaries every gift is
 * split between, whose shares add up to 100% (10,000 basis points).
 */
@Entity
@Table(name = "fundraising_funding")
class Funding extends StoredEntity {

	static final int WHOLE = 10_000;

	@Id
	private UUID campaignId;

	private long goalCents;

	private String currency;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "campaign_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<Beneficiary> beneficiaries = new ArrayList<>();

	protected Funding() {
		this.campaignId = new UUID(0, 0);
		this.currency = "USD";
		this.updatedAt = Instant.EPOCH;
	}

	Funding(UUID campaignId) {
		this();
		this.campaignId = campaignId;
	}

	@Override
	public UUID getId() {
		return this.campaignId;
	}

	/** Replaces goal, currency and beneficiaries, checked by {@link FundingForm}. */
	void set(long goalCents, String currency, List<Beneficiary.Details> beneficiaries, Instant now) {
		if (beneficiaries.stream().mapToInt(Beneficiary.Details::shareBp).sum() != WHOLE) {
			throw new IllegalArgumentException("Shares must add up to 100%");
		}
		this.goalCents = goalCents;
		this.currency = currency;
		this.beneficiaries.clear();
		for (int i = 0; i < beneficiaries.size(); i++) {
			this.beneficiaries.add(new Beneficiary(i, beneficiaries.get(i)));
		}
		this.updatedAt = now;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	long goalCents() {
		return this.goalCents;
	}

	String currency() {
		return this.currency;
	}

	List<Beneficiary> beneficiaries() {
		return List.copyOf(this.beneficiaries);
	}

	long version() {
		return this.version;
	}

}
