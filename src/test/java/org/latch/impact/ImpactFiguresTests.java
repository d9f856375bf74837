package org.latch.impact;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.latch.LatchWebTest;
import org.latch.account.Role;
import org.latch.directory.UnitId;
import org.latch.helprequest.HelpManagement;
import org.latch.milkdonation.MilkUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each figure moves by exactly what is recorded through the owning module, and by nothing
 * else; computed figures are shown (for a minute) until computed again. Tagged
 * {@code persistence}: runs on H2 and again on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class ImpactFiguresTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveFigures figures;

	@Autowired
	HelpManagement help;

	ImpactFixtures records;

	@BeforeEach
	void records() {
		this.records = new ImpactFixtures(this.context);
	}

	@Test
	void groupsCountWhereTheyMeetAndARegionOrCountryOnce() {
		this.records.groupIn("US", "MA");
		ImpactFigures before = this.figures.recount();

		this.records.groupIn("US", "Z" + this.records.run.substring(0, 6).toUpperCase());
		this.records.groupIn("US", "MA");
		this.records.onlineGroup();
		this.records.groupIn("AQ", null);
		this.records.groupIn("AQ", null);
		ImpactFigures after = this.figures.recount();

		assertThat(after.groupsInPerson() - before.groupsInPerson()).isEqualTo(4);
		assertThat(after.groupsOnline() - before.groupsOnline()).isEqualTo(1);
		assertThat(after.countries() - before.countries()).as("Antarctica, new; the US was there").isEqualTo(1);
		assertThat(after.regions() - before.regions())
			.as("a new US state, and Antarctica as a whole: no group there names a region")
			.isEqualTo(2);

		this.records.groupIn("AQ", "AQ1");
		ImpactFigures named = this.figures.recount();
		assertThat(named.regions() - after.regions())
			.as("once a group names a region, the country counts by its regions, not as a whole")
			.isZero();
		assertThat(named.countries()).isEqualTo(after.countries());
	}

	@Test
	void aLeaderOfTwoGroupsIsOneLeaderAndOtherRolesAreNone() {
		UnitId first = this.records.groupIn("BR", "SP");
		UnitId second = this.records.groupIn("BR", "RJ");
		long before = this.figures.recount().leaders();

		this.records.person(Role.LEADER, first, second);
		this.records.person(Role.AREA_ADMIN, first);
		this.records.person(Role.FAMILY);

		assertThat(this.figures.recount().leaders()).isEqualTo(before + 1);
	}

	@Test
	void milkCountsOnceItsMilkBankConfirmedItExactlyInOunces() {
		ImpactFixtures.Bank bank = this.records.milkBank();
		ImpactFigures before = this.figures.recount();

		bank.confirmed("4000", MilkUnit.OZ);
		bank.confirmed("5914.7", MilkUnit.ML);
		bank.reported("50", MilkUnit.OZ);
		ImpactFigures after = this.figures.recount();

		assertThat(after.ouncesDonated().subtract(before.ouncesDonated()))
			.as("5,914.7 mL are 200 US fl oz; milk the donor reported waits for the bank")
			.isEqualByComparingTo("4200");
		assertThat(after.millilitresDonated().subtract(before.millilitresDonated())).isEqualByComparingTo("124208.7");
	}

	@Test
	void familiesHelpedAreTheHelpModulesOwnCount() {
		assertThat(this.figures.recount().familiesHelped()).isEqualTo(this.help.familiesHelped());
	}

	@Test
	void computedFiguresAreShownUntilTheyAreComputedAgain() {
		ImpactFigures shown = this.figures.recount();
		this.records.onlineGroup();

		assertThat(this.figures.current()).as("kept").isSameAs(shown);
		assertThat(this.figures.recount().groupsOnline()).isEqualTo(shown.groupsOnline() + 1);
	}

}
