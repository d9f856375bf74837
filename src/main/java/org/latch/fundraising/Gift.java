package org.latch.fundraising;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * A gift to a campaign, credited to a page (and the team that page counts toward) and a
 * site. An online gift waits for Stripe's word that it was paid; a cash or check gift is
 * complete once a coordinator enters it. Completing it splits it between the campaign's
 * beneficiaries, in cents that add up to the gift.
 */
@Entity
@Table(name = "fundraising_gift")
class Gift extends StoredEntity {

	enum Method {

		ONLINE, CASH, CHECK

	}

	enum Status {

		PENDING, COMPLETED

	}

	@Id
	private UUID id;

	private UUID campaignId;

	private UUID pageId;

	private @Nullable UUID teamPageId;

	private @Nullable UUID siteId;

	private long amountCents;

	private String currency;

	@Enumerated(EnumType.STRING)
	private Method method;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String giverName;

	private @Nullable String giverEmail;

	private boolean anonymous;

	private @Nullable String message;

	private String language;

	private String secretHash;

	private @Nullable String mailSecretHash;

	private @Nullable String receiptNumber;

	private @Nullable String checkoutSession;

	private @Nullable String paymentIntent;

	private @Nullable UUID recordedBy;

	private Instant createdAt;

	private @Nullable Instant completedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "fundraising_gift_share", joinColumns = @JoinColumn(name = "gift_id"))
	@OrderBy("cents desc, legalName asc")
	private List<GiftShare> shares = new ArrayList<>();

	protected Gift() {
		this.id = UUID.randomUUID();
		this.campaignId = this.id;
		this.pageId = this.id;
		this.currency = "USD";
		this.method = Method.ONLINE;
		this.status = Status.PENDING;
		this.giverName = "";
		this.language = "en";
		this.secretHash = "";
		this.createdAt = Instant.EPOCH;
	}

	Gift(FundPage page, @Nullable UUID siteId, GiftDetails details, Method method, String currency, String secretHash,
			Instant now) {
		this();
		this.campaignId = page.campaignId();
		this.pageId = page.id();
		this.teamPageId = page.isTeam() ? page.id() : page.teamPageId();
		this.siteId = siteId;
		this.amountCents = details.amountCents();
		this.currency = currency;
		this.method = method;
		this.giverName = details.giverName();
		this.giverEmail = details.giverEmail();
		this.anonymous = details.anonymous();
		this.message = details.message();
		this.language = details.language();
		this.secretHash = secretHash;
		this.createdAt = now;
	}

	/**
	 * Completes the gift with its receipt number and its split; false when it was
	 * complete already (a second word from Stripe).
	 */
	boolean complete(String receiptNumber, List<Beneficiary> beneficiaries, @Nullable UUID by, Instant now) {
		if (this.status == Status.COMPLETED) {
			return false;
		}
		List<Long> parts = Splits.split(this.amountCents,
				beneficiaries.stream().map(beneficiary -> (long) beneficiary.shareBp()).toList());
		for (int i = 0; i < beneficiaries.size(); i++) {
			Beneficiary beneficiary = beneficiaries.get(i);
			this.shares.add(new GiftShare(beneficiary.getId(), beneficiary.legalName(), beneficiary.taxWording(),
					parts.get(i)));
		}
		this.status = Status.COMPLETED;
		this.receiptNumber = receiptNumber;
		this.recordedBy = by;
		this.completedAt = now;
		return true;
	}

	void checkout(String session) {
		this.checkoutSession = session;
	}

	void paidWith(@Nullable String paymentIntent) {
		this.paymentIntent = paymentIntent;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	UUID pageId() {
		return this.pageId;
	}

	@Nullable UUID teamPageId() {
		return this.teamPageId;
	}

	@Nullable UUID siteId() {
		return this.siteId;
	}

	long amountCents() {
		return this.amountCents;
	}

	String currency() {
		return this.currency;
	}

	Method method() {
		return this.method;
	}

	boolean completed() {
		return this.status == Status.COMPLETED;
	}

	String giverName() {
		return this.giverName;
	}

	/**
	 * Gives the gift a second private link, the one sent to the giver's address (Latch
	 * keeps no copy of either).
	 */
	void mailedLink(String hash) {
		this.mailSecretHash = hash;
	}

	@Nullable String giverEmail() {
		return this.giverEmail;
	}

	boolean anonymous() {
		return this.anonymous;
	}

	@Nullable String message() {
		return this.message;
	}

	String language() {
		return this.language;
	}

	@Nullable String receiptNumber() {
		return this.receiptNumber;
	}

	@Nullable String checkoutSession() {
		return this.checkoutSession;
	}

	@Nullable Instant completedAt() {
		return this.completedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	List<GiftShare> shares() {
		return List.copyOf(this.shares);
	}

}
