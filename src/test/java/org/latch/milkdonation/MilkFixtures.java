package org.latch.milkdonation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.MilkPlaceKind;
import org.latch.directory.MilkPlaces;
import org.latch.directory.NewMilkPlace;
import org.latch.platform.PrivateLinks;

/**
 * A milk bank of a milk donation test, with two depots, at its own random spot in
 * Alaska's far north (no other test puts milk places there), so a donor who gives that
 * spot reaches this bank; its staff member, a platform administrator and a family member,
 * each with a fresh address so that mails of other tests never mix in.
 */
final class MilkFixtures {

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final UUID bank;

	final UUID depot;

	final String bankName = "Test Milk Bank " + this.run;

	final String depotName = "North Depot " + this.run;

	final String depotStreet = "12 Hidden Lane " + this.run;

	/** Where the bank is, as a donor types it. */
	final String near;

	final String staff;

	final String admin;

	final String family;

	private final JdbcTemplate jdbc;

	MilkFixtures(ApplicationContext context) {
		this(context.getBean(MilkPlaces.class), context.getBean(AccountManagement.class),
				context.getBean(MilkBankStaffing.class), context.getBean(JdbcTemplate.class));
	}

	private MilkFixtures(MilkPlaces places, AccountManagement accounts, MilkBankStaffing staffing, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		double latitude = 62 + random.nextDouble() * 8;
		double longitude = -170 + random.nextDouble() * 30;
		this.near = String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
		this.bank = places
			.add(new NewMilkPlace(MilkPlaceKind.MILK_BANK, null, null, this.bankName, "1 Bank Street", "Nome", "AK",
					"99762", "US", latitude, longitude, "+1 907 555 0100", "https://bank.example.org", List.of("en")))
			.value();
		this.depot = places
			.add(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null, new org.latch.directory.MilkPlaceId(this.bank),
					this.depotName, this.depotStreet, "Nome", "AK", "99762", "US", latitude + 0.1, longitude, null,
					null, List.of("en")))
			.value();
		String hash = accounts.hashPassword("milk-test-password");
		this.staff = "staff-" + this.run + "@milk-" + this.run + ".example.org";
		this.admin = "admin-" + this.run + "@milk-" + this.run + ".example.org";
		this.family = "family-" + this.run + "@milk-" + this.run + ".example.org";
		accounts.createVerified(this.staff, "Beatriz Staff " + this.run, List.of("en"), hash,
				List.of(new GrantView(Role.FAMILY, null)));
		accounts.createVerified(this.admin, "Ada Admin " + this.run, List.of("en"), hash,
				List.of(new GrantView(Role.PLATFORM_ADMIN, null)));
		accounts.createVerified(this.family, "Fran Family " + this.run, List.of("en"), hash,
				List.of(new GrantView(Role.FAMILY, null)));
		UUID adminId = accounts.person(this.admin).orElseThrow().id();
		staffing.add(this.staff, this.bank, adminId);
	}

	/** The donor behind a private link's secret. */
	UUID donorId(String secret) {
		return this.jdbc.queryForObject("select id from milk_donor where secret_hash = ?", UUID.class,
				PrivateLinks.hash(secret));
	}

	String stage(UUID donor) {
		return this.jdbc.queryForObject("select stage from milk_donor where id = ?", String.class, donor);
	}

	/** A fresh address for a donor of this test. */
	String donorEmail() {
		return "donor-" + UUID.randomUUID().toString().substring(0, 8) + "@milk-" + this.run + ".example.org";
	}

}
