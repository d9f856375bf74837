package org.latch.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.MilkPlaceId;
import org.latch.milkdonation.BabyAge;
import org.latch.milkdonation.BloodResult;
import org.latch.milkdonation.DonorOffer;
import org.latch.milkdonation.IneligibleReason;
import org.latch.milkdonation.MilkDonationManagement;
import org.latch.milkdonation.MilkUnit;
import org.latch.milkdonation.StepKind;

/**
 * Demo milk donors ({@code demo/milk-donors.csv}) at every stage of their milk bank's
 * screening, with pledges and donations, and the staff account {@value #STAFF} of the
 * Demo Milk Bank of New England, which took them through it one day after another.
 */
@Component
class DemoMilkDonation {

	static final String STAFF = "milkbank@example.org";

	/** The screening steps in the order the demo bank takes them. */
	private static final List<StepKind> SCREENING = List.of(StepKind.PHONE_INTERVIEW, StepKind.QUESTIONNAIRE,
			StepKind.BLOOD_TEST_ORDERED, StepKind.BLOOD_TEST_RESULT, StepKind.DONOR_PROVIDER, StepKind.BABY_PROVIDER,
			StepKind.APPROVED);

	/** How many steps of {@link #SCREENING} lead to each stage. */
	private static final Map<String, Integer> STEPS_TO = Map.of("CALL", 0, "QUESTIONNAIRE", 1, "BLOOD_TEST", 2,
			"BLOOD_RESULT", 3, "SIGN_OFFS", 5, "DECISION", 6, "APPROVED", 7, "NOT_ELIGIBLE", 1);

	private final AccountManagement accounts;

	private final MilkDonationManagement milk;

	DemoMilkDonation(AccountManagement accounts, MilkDonationManagement milk) {
		this.accounts = accounts;
		this.milk = milk;
	}

	/**
	 * Loads the donors of the banks named in {@code banks} (keys of
	 * {@code demo/milk-places.csv}); {@code admin} adds the staff. Returns how many.
	 */
	int load(String hash, Map<String, MilkPlaceId> banks, String admin) {
		Instant now = Instant.now();
		List<String[]> rows = DemoData.read("demo/milk-donors.csv");
		List<UUID> donors = new ArrayList<>();
		for (String[] row : rows) {
			donors.add(this.milk.offer(new DonorOffer(row[1], blank(row[3]), blank(row[4]), row[2], row[5],
					BabyAge.valueOf(row[6]), Boolean.parseBoolean(row[7]), banks.get(row[0]),
					"stroll".equals(row[14]) ? DemoCampaign.DEMO_CAMPAIGN : null, offered(row, now), blank(row[13]))));
		}
		// Staff join after the offers, so that the demo does not email them about each.
		this.accounts.createVerified(STAFF, "Lena Moreau", List.of("en", "fr", "ht"), hash,
				List.of(new GrantView(Role.FAMILY, null)));
		this.milk.addStaff(STAFF, banks.get("nebank"), this.accounts.person(admin).orElseThrow().id());
		UUID staff = this.accounts.person(STAFF).orElseThrow().id();
		for (int i = 0; i < rows.size(); i++) {
			screen(rows.get(i), donors.get(i), offered(rows.get(i), now), banks, staff);
		}
		return rows.size();
	}

	/** Takes the donor as far as their row says, a day a step, then pledges and gives. */
	private void screen(String[] row, UUID donor, Instant offered, Map<String, MilkPlaceId> banks, UUID staff) {
		Instant at = offered;
		for (StepKind kind : SCREENING.subList(0, STEPS_TO.get(row[8]))) {
			at = at.plus(Duration.ofDays(1));
			if (kind == StepKind.BLOOD_TEST_RESULT) {
				this.milk.bloodTestResult(donor, BloodResult.CLEAR, staff, at);
			}
			else {
				this.milk.step(donor, kind, staff, at);
			}
		}
		if (!row[9].isEmpty()) {
			this.milk.notEligible(donor, IneligibleReason.valueOf(row[9]), staff, at.plus(Duration.ofDays(1)));
		}
		if (!row[10].isEmpty()) {
			String[] pledge = row[10].split(" ");
			this.milk.pledge(donor, new BigDecimal(pledge[0]), MilkUnit.valueOf(pledge[1]), at);
		}
		give(donor, row[11], banks, staff, at);
	}

	private static Instant offered(String[] row, Instant now) {
		return now.minus(Duration.ofDays(Long.parseLong(row[12])));
	}

	/**
	 * Donations written {@code 120 OZ@worcester-depot;…}, a week apart after approval; a
	 * trailing {@code ?} is reported by the donor and waits for the bank.
	 */
	private void give(UUID donor, String donations, Map<String, MilkPlaceId> places, UUID staff, Instant approved) {
		Instant at = approved;
		for (String donation : donations.isEmpty() ? new String[0] : donations.split(";")) {
			at = at.plus(Duration.ofDays(7));
			boolean reported = donation.endsWith("?");
			String[] parts = donation.replace("?", "").split("@");
			String[] amount = parts[0].split(" ");
			this.milk.donation(donor, places.get(parts[1]), LocalDate.ofInstant(at, ZoneOffset.UTC),
					new BigDecimal(amount[0]), MilkUnit.valueOf(amount[1]), reported ? null : staff, at);
		}
	}

	private static String blank(String value) {
		return value.isEmpty() ? null : value;
	}

}
