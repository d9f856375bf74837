package org.latch.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaceKind;
import org.latch.directory.MilkPlaces;
import org.latch.directory.NewMilkPlace;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.milkdonation.BabyAge;
import org.latch.milkdonation.BloodResult;
import org.latch.milkdonation.DonorOffer;
import org.latch.milkdonation.MilkDonationManagement;
import org.latch.milkdonation.MilkUnit;
import org.latch.milkdonation.StepKind;

/**
 * Records made through the modules' public APIs, as an organization would make them: a
 * national unit of its own with groups, people holding roles, and a milk bank of its own
 * (at a random spot of Alaska's far north, as the milk donation tests place theirs) with
 * one approved donor.
 */
final class ImpactFixtures {

	private static final List<StepKind> SCREENING = List.of(StepKind.PHONE_INTERVIEW, StepKind.QUESTIONNAIRE,
			StepKind.BLOOD_TEST_ORDERED, StepKind.BLOOD_TEST_RESULT, StepKind.DONOR_PROVIDER, StepKind.BABY_PROVIDER,
			StepKind.APPROVED);

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final MilkPlaces places;

	private final MilkDonationManagement milk;

	private final UnitId national;

	private final String hash;

	ImpactFixtures(ApplicationContext context) {
		this.directory = context.getBean(DirectoryManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.places = context.getBean(MilkPlaces.class);
		this.milk = context.getBean(MilkDonationManagement.class);
		this.hash = this.accounts.hashPassword("impact-test-password");
		this.national = this.directory.add(new NewUnit(null, UnitKind.NATIONAL, "impact-" + this.run,
				"Impact Network " + this.run, null, null, null, null, null, false, List.of("en")));
	}

	/** A local group meeting in person in the country and region (none when null). */
	UnitId groupIn(String country, String region) {
		return group(country, region, false);
	}

	/** A local group meeting online, of no country. */
	UnitId onlineGroup() {
		return group(null, null, true);
	}

	/**
	 * A new person holding the role in each of the units (or once, unscoped, when none).
	 */
	String person(Role role, UnitId... units) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@impact.example.org";
		List<GrantView> grants = (units.length == 0) ? List.of(new GrantView(role, null))
				: Arrays.stream(units).map(unit -> new GrantView(role, unit)).toList();
		this.accounts.createVerified(email, "Impact " + role + " " + this.run, List.of("en"), this.hash, grants);
		return email;
	}

	/** A milk bank of its own, its staff and one donor it approved. */
	Bank milkBank() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		double latitude = 62 + random.nextDouble() * 8;
		double longitude = -170 + random.nextDouble() * 30;
		MilkPlaceId bank = this.places
			.add(new NewMilkPlace(MilkPlaceKind.MILK_BANK, null, null, "Impact Milk Bank " + this.run, "1 Bank Street",
					"Nome", "AK", "99762", "US", latitude, longitude, null, null, List.of("en")));
		String staffEmail = person(Role.FAMILY);
		UUID admin = this.accounts.person(person(Role.PLATFORM_ADMIN)).orElseThrow().id();
		this.milk.addStaff(staffEmail, bank, admin);
		UUID staff = this.accounts.person(staffEmail).orElseThrow().id();
		Instant at = Instant.now().minusSeconds(86_400);
		UUID donor = this.milk
			.offer(new DonorOffer("Impact Donor " + this.run, "donor-" + this.run + "@impact.example.org", null, "en",
					"Nome, AK", BabyAge.UNDER_6_MONTHS, false, bank, null, at, null));
		for (StepKind kind : SCREENING) {
			at = at.plusSeconds(60);
			if (kind == StepKind.BLOOD_TEST_RESULT) {
				this.milk.bloodTestResult(donor, BloodResult.CLEAR, staff, at);
			}
			else {
				this.milk.step(donor, kind, staff, at);
			}
		}
		return new Bank(this.milk, bank, staff, donor);
	}

	private UnitId group(String country, String region, boolean online) {
		String slug = "impact-group-" + UUID.randomUUID();
		return this.directory.add(new NewUnit(this.national, UnitKind.GROUP, slug, "Impact Group " + this.run, country,
				region, online ? null : "Somewhere", null, null, online, List.of("en")));
	}

	/** A milk bank with an approved donor, who gives milk there today. */
	record Bank(MilkDonationManagement milk, MilkPlaceId place, UUID staff, UUID donor) {

		/** Milk the bank logs, and so confirms. */
		void confirmed(String amount, MilkUnit unit) {
			this.milk.donation(this.donor, this.place, today(), new BigDecimal(amount), unit, this.staff,
					Instant.now());
		}

		/** Milk the donor reports, waiting for the bank. */
		void reported(String amount, MilkUnit unit) {
			this.milk.donation(this.donor, this.place, today(), new BigDecimal(amount), unit, null, Instant.now());
		}

		private static LocalDate today() {
			return LocalDate.now(ZoneOffset.UTC);
		}

	}

}
