package org.latch.fundraising;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;

/**
 * A campaign of one fundraising test, written straight into the calendar's tables (the
 * calendar module offers no public way to create one; its own tests use its setup): an
 * organizing organization with its Organization Administrator, two sites each with its
 * coordinator, a team, and someone signed in who has nothing to do with the campaign.
 * Every name and address is fresh, so tests never see each other's data or mails.
 */
final class FundFixtures {

	static final String PASSWORD = "fund-test-password";

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final UUID campaign = UUID.randomUUID();

	final String campaignName = "Milk Stroll " + this.run;

	final UUID riverside = UUID.randomUUID();

	final UUID hillside = UUID.randomUUID();

	final UUID team = UUID.randomUUID();

	final String organizer = address("organizer");

	final String coordinator = address("coordinator");

	final String otherCoordinator = address("other-coordinator");

	final String outsider = address("outsider");

	final UUID coordinatorId;

	private final JdbcTemplate jdbc;

	FundFixtures(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		AccountManagement accounts = context.getBean(AccountManagement.class);
		UnitId unit = context.getBean(DirectoryManagement.class)
			.add(new NewUnit(null, UnitKind.NATIONAL, "fund-" + this.run, "Stroll Host " + this.run, "US", null, null,
					null, null, false, List.of("en")));
		String hash = accounts.hashPassword(PASSWORD);
		accounts.createVerified(this.organizer, "Olga Organizer " + this.run, List.of("en"), hash,
				List.of(new GrantView(Role.ORG_ADMIN, unit)));
		for (String family : List.of(this.coordinator, this.otherCoordinator, this.outsider)) {
			accounts.createVerified(family, "Person " + family.substring(0, 6), List.of("en"), hash,
					List.of(new GrantView(Role.FAMILY, null)));
		}
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into calendar_campaign (id, organizer, name, story, held_on, zone, virtual_option, ounces_goal,
				currency, published, created_at, version) values (?, ?, ?, 'We walk for milk.', ?, 'America/New_York',
				true, 2000, 'USD', true, ?, 0)""", this.campaign, unit.value(), this.campaignName,
				LocalDate.now().plusMonths(1), now);
		this.coordinatorId = accounts.person(this.coordinator).orElseThrow().id();
		site(this.riverside, "Riverside " + this.run, this.coordinatorId, now);
		site(this.hillside, "Hillside " + this.run, accounts.person(this.otherCoordinator).orElseThrow().id(), now);
		this.jdbc.update("""
				insert into calendar_team (id, campaign_id, name, name_key, created_at) values (?, ?, ?, ?, ?)""",
				this.team, this.campaign, "Team Latte " + this.run, "team latte " + this.run, now);
	}

	/** A confirmed registration at Riverside, in the team when asked; its id. */
	UUID registration(String name, boolean inTeam) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into calendar_registration (id, campaign_id, site_id, team_id, secret_hash, reference,
				display_name, email, language, people, status, created_at, changed_at, version)
				values (?, ?, ?, ?, ?, 'R-TEST', ?, ?, 'en', 1, 'CONFIRMED', ?, ?, 0)""", id, this.campaign,
				this.riverside, inTeam ? this.team : null, UUID.randomUUID().toString(), name,
				address(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')), now, now);
		return id;
	}

	/**
	 * A site of the given capacity and fee per person, coordinated by
	 * {@link #coordinator}; its id.
	 */
	UUID feeSite(int capacity, int feeCents) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into calendar_site (id, campaign_id, name, place, city, latitude, longitude, coordinator,
				starts_at, route_km, capacity, fee_cents, taken, created_at, version)
				values (?, ?, ?, 'Bandstand', 'Boston', 42.35, -71.07, ?, '10:00:00', 3.0, ?, ?, 0, ?, 0)""", id,
				this.campaign, "Fee Park " + this.run, this.coordinatorId, capacity, feeCents,
				Timestamp.from(Instant.now()));
		return id;
	}

	private void site(UUID id, String name, UUID coordinatorId, Timestamp now) {
		this.jdbc.update("""
				insert into calendar_site (id, campaign_id, name, place, city, latitude, longitude, coordinator,
				starts_at, route_km, capacity, fee_cents, taken, created_at, version)
				values (?, ?, ?, 'Boathouse', 'Boston', 42.36, -71.06, ?, '09:30:00', 3.5, 100, null, 0, ?, 0)""", id,
				this.campaign, name, coordinatorId, now);
	}

	String address(String who) {
		return who + "-" + this.run + "@fund-" + this.run + ".example.org";
	}

}
