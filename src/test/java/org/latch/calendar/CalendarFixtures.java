package org.latch.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.geo.GeoPoint;

/**
 * A campaign of one test: its organizing organization and two co-hosts, each with fresh
 * names, an Organization Administrator of the organizer, a coordinator, an administrator
 * of another organization and a family member, all with fresh addresses so other tests'
 * mails never mix in.
 */
final class CalendarFixtures {

	static final String PASSWORD = "calendar-test-password";

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final UnitId organizer;

	final UnitId coHost;

	final UnitId otherOrganization;

	final String organizerAdmin = address("organizer");

	final String coordinator = address("coordinator");

	final String otherAdmin = address("other");

	final String family = address("family");

	final String platformAdmin = address("platform");

	final UUID coordinatorId;

	private final CampaignSetup setup;

	private final AccountManagement accounts;

	CalendarFixtures(ApplicationContext context) {
		DirectoryManagement directory = context.getBean(DirectoryManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.setup = context.getBean(CampaignSetup.class);
		this.organizer = organization(directory, "Stroll Host " + this.run);
		this.coHost = organization(directory, "Co-host " + this.run);
		this.otherOrganization = organization(directory, "Other " + this.run);
		String hash = this.accounts.hashPassword(PASSWORD);
		this.accounts.createVerified(this.organizerAdmin, "Olga Organizer", List.of("en"), hash,
				List.of(new GrantView(Role.ORG_ADMIN, this.organizer)));
		this.accounts.createVerified(this.coordinator, "Cora Coordinator", List.of("es"), hash,
				List.of(new GrantView(Role.FAMILY, null)));
		this.accounts.createVerified(this.otherAdmin, "Otto Other", List.of("en"), hash,
				List.of(new GrantView(Role.ORG_ADMIN, this.otherOrganization)));
		this.accounts.createVerified(this.family, "Fran Family", List.of("en"), hash,
				List.of(new GrantView(Role.FAMILY, null)));
		this.accounts.createVerified(this.platformAdmin, "Pia Platform", List.of("en"), hash,
				List.of(new GrantView(Role.PLATFORM_ADMIN, null)));
		this.coordinatorId = id(this.coordinator);
	}

	UUID id(String email) {
		return this.accounts.person(email).orElseThrow().id();
	}

	/** A published campaign a month ahead, with one site of the given capacity. */
	UUID campaign(LocalDate day) {
		return this.setup.create(this.organizer, new CampaignDetails("Milk Stroll " + this.run, "We walk for milk.",
				day, ZoneId.of("America/New_York"), List.of(this.coHost), 2000, true, List.of(), true));
	}

	UUID site(UUID campaign, int capacity, @Nullable Integer fee) {
		return this.setup.addSite(campaign, site("Riverside " + this.run, capacity, fee, this.coordinatorId));
	}

	static SiteDetails site(String name, int capacity, @Nullable Integer fee, @Nullable UUID coordinator) {
		return new SiteDetails(name, "Boathouse, 1 River Road", "Boston", new GeoPoint(42.36, -71.06), coordinator,
				LocalTime.of(9, 30), new BigDecimal("3.5"), capacity, fee);
	}

	private String address(String who) {
		return who + "-" + this.run + "@stroll-" + this.run + ".example.org";
	}

	private static UnitId organization(DirectoryManagement directory, String name) {
		return directory.add(new NewUnit(null, UnitKind.NATIONAL, "org-" + UUID.randomUUID(), name, "US", null, null,
				null, null, false, List.of("en")));
	}

}
