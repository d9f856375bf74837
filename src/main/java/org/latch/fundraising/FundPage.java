package org.latch.fundraising;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * A fundraising page of a campaign: a person's (opened for their registration, or started
 * by someone signed in), possibly counting toward a team's, or a team's, whose total is
 * its own gifts and its members'. A person's page opened for a registration closes when
 * the registration is cancelled.
 */
@Entity
@Table(name = "fundraising_page")
class FundPage extends StoredEntity {

	enum Kind {

		PERSON, TEAM

	}

	@Id
	private UUID id;

	private UUID campaignId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private @Nullable UUID teamPageId;

	private @Nullable UUID siteId;

	private @Nullable UUID registrationId;

	private @Nullable UUID calendarTeamId;

	private @Nullable UUID ownerId;

	private String title;

	private String story;

	private long goalCents;

	private @Nullable Integer ouncesGoal;

	private @Nullable Integer ouncesPledged;

	private Instant createdAt;

	private @Nullable Instant closedAt;

	@Version
	private long version;

	protected FundPage() {
		this.id = UUID.randomUUID();
		this.campaignId = this.id;
		this.kind = Kind.PERSON;
		this.title = "";
		this.story = "";
		this.createdAt = Instant.EPOCH;
	}

	private FundPage(UUID campaignId, Kind kind, String title, long goalCents, Instant now) {
		this();
		this.campaignId = campaignId;
		this.kind = kind;
		this.title = title;
		this.goalCents = goalCents;
		this.createdAt = now;
	}

	/** A person's page opened for their registration: no owner, their site and team. */
	static FundPage forRegistration(UUID campaignId, UUID registrationId, String name, @Nullable UUID siteId,
			@Nullable FundPage team, long goalCents, Instant now) {
		FundPage page = new FundPage(campaignId, Kind.PERSON, name, goalCents, now);
		page.registrationId = registrationId;
		page.siteId = siteId;
		page.teamPageId = (team == null) ? null : team.id;
		return page;
	}

	/** A calendar team's page. */
	static FundPage forTeam(UUID campaignId, UUID calendarTeamId, String name, long goalCents, Instant now) {
		FundPage page = new FundPage(campaignId, Kind.TEAM, name, goalCents, now);
		page.calendarTeamId = calendarTeamId;
		return page;
	}

	/** A page someone signed in started for themselves, possibly joining a team. */
	static FundPage started(UUID campaignId, UUID ownerId, PageDetails details, @Nullable FundPage team, Instant now) {
		FundPage page = new FundPage(campaignId, Kind.PERSON, details.title(), details.goalCents(), now);
		page.ownerId = ownerId;
		page.teamPageId = (team == null) ? null : team.id;
		page.siteId = (team == null) ? null : team.siteId;
		page.describe(details);
		return page;
	}

	void describe(PageDetails details) {
		this.title = details.title();
		this.story = details.story();
		this.goalCents = details.goalCents();
		this.ouncesGoal = details.ouncesGoal();
		this.ouncesPledged = details.ouncesPledged();
	}

	/**
	 * Closes the page (its registration was cancelled): no more gifts, off the
	 * leaderboards; what it received stays in the totals.
	 */
	void close(Instant now) {
		if (this.closedAt == null) {
			this.closedAt = now;
		}
	}

	/**
	 * Follows its registration to another site and team: the gifts it gets from now on
	 * count there; gifts already given stay credited where they were given.
	 */
	void moveTo(@Nullable UUID site, @Nullable FundPage team) {
		this.siteId = site;
		this.teamPageId = (team == null) ? null : team.id;
	}

	/** A team page takes its team's new name. */
	void rename(String name) {
		this.title = name;
	}

	boolean closed() {
		return this.closedAt != null;
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

	Kind kind() {
		return this.kind;
	}

	boolean isTeam() {
		return this.kind == Kind.TEAM;
	}

	@Nullable UUID teamPageId() {
		return this.teamPageId;
	}

	@Nullable UUID siteId() {
		return this.siteId;
	}

	@Nullable UUID registrationId() {
		return this.registrationId;
	}

	@Nullable UUID ownerId() {
		return this.ownerId;
	}

	String title() {
		return this.title;
	}

	String story() {
		return this.story;
	}

	long goalCents() {
		return this.goalCents;
	}

	@Nullable Integer ouncesGoal() {
		return this.ouncesGoal;
	}

	@Nullable Integer ouncesPledged() {
		return this.ouncesPledged;
	}

	PageDetails details() {
		return new PageDetails(this.title, this.story, this.goalCents, this.ouncesGoal, this.ouncesPledged);
	}

}
