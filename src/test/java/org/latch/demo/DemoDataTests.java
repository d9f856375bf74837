package org.latch.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;

import org.latch.account.AccountManagement;
import org.latch.directory.HealthProfessionals;
import org.latch.directory.ProfessionalKind;
import org.latch.geo.GeoPoint;
import org.latch.account.Role;
import org.latch.directory.MeetingManagement;
import org.latch.directory.MeetingFormat;
import org.latch.directory.MeetingId;
import org.latch.directory.MeetingView;
import org.latch.directory.Occurrence;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.directory.UnitView;
import org.latch.calendar.CampaignSummary;
import org.latch.calendar.CampaignFunds;
import org.latch.calendar.Campaigns;
import org.latch.calendar.FundsProgress;
import org.latch.calendar.TeamSummary;
import org.latch.partner.CurrentSponsor;
import org.latch.partner.SponsorId;
import org.latch.partner.SponsorRegister;
import org.latch.partner.agreement.AgreementManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application starts on a fresh database (H2, and PostgreSQL in the second run)
 * with the believable demo network the README promises, its groups meet, and the demo
 * accounts sign in.
 */
@SpringBootTest(properties = "latch.demo.enabled=true")
@ActiveProfiles("test")
@Tag("persistence")
class DemoDataTests {

	static final Set<String> US_AREAS = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
			"IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
			"NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
			"WI", "WY", "DC");

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DaoAuthenticationProvider authentication;

	@Autowired
	MeetingManagement calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.latch.milkdonation.MilkDonationTotals totals;

	@Test
	void theNetworkHasAnInternationalOrganizationThreeNationalOnesAndGroupsEverywhere() {
		assertThat(this.directory.count(UnitKind.INTERNATIONAL)).isEqualTo(1);
		assertThat(this.directory.count(UnitKind.NATIONAL)).isEqualTo(3);
		assertThat(this.directory.count(UnitKind.GROUP)).isGreaterThan(100);
		Set<String> states = Set.copyOf(this.jdbc.queryForList(
				"select distinct region from organization_unit where kind = 'AREA' and country = 'US'", String.class));
		assertThat(states).containsAll(US_AREAS);
		Set<String> countries = Set.copyOf(this.jdbc.queryForList(
				"select distinct country from organization_unit where kind = 'GROUP' and country is not null",
				String.class));
		assertThat(countries).contains("US", "PR", "VI", "BR", "HT", "JM", "DO");
		assertThat(this.jdbc.queryForObject("select count(distinct city) from organization_unit where country = 'BR'",
				Integer.class))
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void familiesNearBostonNewYorkMiamiAndSaoPauloFindALactationConsultantInTheirLanguage(
			@Autowired HealthProfessionals professionals) {
		Map<String, GeoPoint> cities = Map.of("en", new GeoPoint(42.36, -71.06), "es", new GeoPoint(40.71, -74.0), "ht",
				new GeoPoint(25.77, -80.19), "pt-BR", new GeoPoint(-23.55, -46.63));
		cities.forEach((language, city) -> assertThat(professionals.near(city, 25))
			.as("an IBCLC near the %s-speaking family", language)
			.anySatisfy(professional -> {
				assertThat(professional.kind()).isEqualTo(ProfessionalKind.IBCLC);
				assertThat(professional.speaks(language)).isTrue();
				assertThat(professional.iblceNumber()).matches("[0-9]{5,9}");
			}));
		assertThat(this.jdbc.queryForList("select distinct kind from health_professional", String.class))
			.containsExactlyInAnyOrder("IBCLC", "DOCTOR");
		assertThat(professionals.byVideo("fr")).isNotEmpty();
	}

	@Test
	void thereIsAnOnlineGroupInEachLanguage() {
		Set<String> languages = this.jdbc
			.queryForList("select languages from organization_unit where online = true", String.class)
			.stream()
			.flatMap(l -> Arrays.stream(l.split(",")))
			.collect(Collectors.toSet());
		assertThat(languages).contains("en", "es", "pt-BR", "fr", "ht");
	}

	@Test
	void leadersSpeakAllFiveLanguages() {
		Set<String> spoken = this.jdbc.queryForList(
				"select a.languages from account a join role_grant g on g.account_id = a.id where g.role = 'LEADER'",
				String.class)
			.stream()
			.flatMap(l -> Arrays.stream(l.split(",")))
			.collect(Collectors.toSet());
		assertThat(spoken).contains("en", "es", "pt-BR", "fr", "ht");
		assertThat(this.accounts.countHolding(Role.LEADER)).isGreaterThan(50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "family@example.org:FAMILY", "leader@example.org:LEADER",
			"area-admin@example.org:AREA_ADMIN", "org-admin@example.org:ORG_ADMIN", "admin@example.org:PLATFORM_ADMIN",
			"milkbank@example.org:MILK_BANK_STAFF" })
	void eachDemoAccountSignsInWithTheDemoPasswordAndHoldsItsRole(String account) {
		String[] parts = account.split(":");
		var signedIn = this.authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(parts[0], DemoData.PASSWORD));
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_" + parts[1]);
	}

	@Test
	void everyGroupMeetsAndTheMeetingsSpeakAllFiveLanguages() {
		assertThat(this.jdbc.queryForObject("select count(*) from organization_unit u where u.kind = 'GROUP'"
				+ " and not exists (select 1 from meeting m where m.group_id = u.id)", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from meeting", Integer.class))
			.isGreaterThan((int) this.directory.count(UnitKind.GROUP));
		assertThat(this.jdbc.queryForList("select distinct language from meeting_language", String.class))
			.contains("en", "es", "pt-BR", "fr", "ht");
		assertThat(this.jdbc.queryForList("select distinct format from meeting", String.class))
			.containsExactlyInAnyOrder("IN_PERSON", "HYBRID", "ONLINE");
	}

	@Test
	void leadersLoggedTheirLastThreeMonthsOfContactsInTheirGroupsSoFamiliesHelpedCounts(
			@Autowired org.latch.helprequest.HelpManagement help) {
		assertThat(help.familiesHelped()).isGreaterThan(100);
		assertThat(this.jdbc.queryForObject("select count(distinct leader_id) from help_contact", Long.class))
			.isGreaterThan(50);
		assertThat(this.jdbc.queryForObject("select count(*) from help_contact where group_id is null"
				+ " or channel = 'LATCH' or contact_date > current_date + 1 or contact_date < current_date - 91",
				Long.class))
			.isZero();
	}

	@Test
	void onlineGroupsMeetOnline() {
		List<UnitId> online = this.jdbc
			.queryForList("select slug from organization_unit where kind = 'GROUP' and online = true", String.class)
			.stream()
			.map(slug -> this.directory.findBySlug(slug).map(UnitView::id).orElseThrow())
			.toList();
		assertThat(online).hasSize(5)
			.allSatisfy(group -> assertThat(this.calendar.meetingsOf(group)).isNotEmpty()
				.extracting(MeetingView::format)
				.containsOnly(MeetingFormat.ONLINE));
	}

	@Test
	void theBostonGroupMeetsAtTheSameLocalTimeAcrossTheMarchClockChange() {
		ZoneId boston = ZoneId.of("America/New_York");
		UnitId group = this.directory.findBySlug("us-ma-boston").map(UnitView::id).orElseThrow();
		Map<MeetingId, MeetingView> meetings = this.calendar.meetingsOf(group)
			.stream()
			.collect(Collectors.toMap(MeetingView::id, m -> m));
		assertThat(meetings.values()).isNotEmpty().allSatisfy(m -> assertThat(m.timeZone()).isEqualTo(boston));
		List<Occurrence> next = this.calendar.nextOccurrences(group, LocalDate.of(2026, 2, 1).atStartOfDay(boston), 6);
		assertThat(next).hasSize(6).allSatisfy(o -> {
			assertThat(o.start().getZone()).isEqualTo(boston);
			assertThat(o.start().toLocalTime()).isEqualTo(meetings.get(o.meeting()).startTime());
		});
		ZonedDateTime clockChange = LocalDate.of(2026, 3, 8).atStartOfDay(boston);
		assertThat(next).filteredOn(o -> o.start().isBefore(clockChange))
			.isNotEmpty()
			.allSatisfy(o -> assertThat(o.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5)));
		assertThat(next).filteredOn(o -> o.start().isAfter(clockChange))
			.isNotEmpty()
			.allSatisfy(o -> assertThat(o.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4)));
	}

	@Test
	void aFewMeetingsMoveADecemberDate() {
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_cancellation", Integer.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_extra_date", Integer.class)).isPositive();
	}

	@Test
	void partnersAtSeveralLevelsAndInSeveralLanguagesAreListedOneWaitsForReviewAndOneWasDeclinedWithItsReason() {
		List<Map<String, Object>> approved = this.jdbc
			.queryForList("select level, languages from partner_application where status = 'APPROVED'");
		assertThat(approved).hasSizeGreaterThanOrEqualTo(4);
		assertThat(approved.stream().map(row -> row.get("level")).collect(Collectors.toSet())).contains("INTERNATIONAL",
				"NATIONAL", "REGIONAL", "LOCAL");
		assertThat(approved.stream().map(row -> (String) row.get("languages")).collect(Collectors.joining()))
			.contains(",en,")
			.contains(",es,")
			.contains(",pt-BR,")
			.contains(",fr,")
			.contains(",ht,");
		assertThat(this.jdbc
			.queryForObject("select count(*) from partner_application a join account p on p.id = a.applicant_id"
					+ " where a.status = 'SUBMITTED' and p.email = 'partner@example.org'", Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList(
				"select s.note from partner_step s join partner_application a"
						+ " on a.id = s.application_id where a.status = 'DECLINED' and s.action = 'DECLINED'",
				String.class))
			.singleElement()
			.asString()
			.contains("International Code");
	}

	@Test
	void theNewEnglandMilkBankHasStaffAndDonorsAtEveryStepWithPledgesAndMilkGiven() {
		String bank = "(select id from milk_place where name = 'Demo Milk Bank of New England')";
		assertThat(this.jdbc.queryForObject(
				"select count(*) from milk_bank_staff s join account a"
						+ " on a.id = s.account_id where a.email = 'milkbank@example.org' and s.bank_id = " + bank,
				Long.class))
			.isEqualTo(1);
		Map<String, Long> stages = this.jdbc
			.queryForList(
					"select stage, count(*) as donors from milk_donor where bank_id = " + bank + " group by stage")
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("stage"),
					row -> ((Number) row.get("donors")).longValue()));
		assertThat(stages).containsOnlyKeys("CALL", "QUESTIONNAIRE", "BLOOD_TEST", "BLOOD_RESULT", "SIGN_OFFS",
				"DECISION", "APPROVED", "NOT_ELIGIBLE");
		assertThat(stages.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from milk_donation where confirmed_at is not null" + " and bank_id = " + bank,
				Long.class))
			.isGreaterThanOrEqualTo(5);
		assertThat(
				this.jdbc.queryForObject("select count(*) from milk_donation where confirmed_at is null", Long.class))
			.as("milk a donor reported, waiting for the bank")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(distinct unit) from milk_donation", Long.class)).isEqualTo(2);
		assertThat(this.totals.overall().ouncesPledged()).isGreaterThan(java.math.BigDecimal.valueOf(1000));
		assertThat(this.totals.overall().ouncesConfirmed()).isGreaterThan(java.math.BigDecimal.valueOf(800));
		assertThat(this.jdbc.queryForList("select distinct language from milk_donor", String.class)).contains("en",
				"es", "pt-BR", "fr", "ht");
	}

	@Test
	void theCodeRegisterShowsCurrentSponsorsWhileExpiredPendingAndRefusedOnesStayOff(
			@Autowired SponsorRegister register) {
		List<String> current = register.currentSponsors().stream().map(CurrentSponsor::name).toList();
		assertThat(current).hasSizeGreaterThanOrEqualTo(3)
			.contains("Cuddle & Carry Slings")
			.doesNotContain("Harbor Lactation Supplies", "Little Sprout Organics", "NutriStart Infant Nutrition");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_sponsor where status = 'APPROVED' and expires_on <= ?", Long.class,
				register.today()))
			.as("expired entries")
			.isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc
			.queryForObject("select count(*) from partner_sponsor s join account a on a.id = s.submitter_id"
					+ " where s.status = 'SUBMITTED' and a.email = 'partner@example.org'", Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc
			.queryForList("select t.note from partner_sponsor_step t join partner_sponsor s on s.id = t.sponsor_id"
					+ " where s.status = 'REJECTED' and t.action = 'REJECTED'", String.class))
			.singleElement()
			.asString()
			.contains("International Code");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_violation_report where status = 'PUBLISHED' and summary_company is not null",
				Long.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_violation_report where status = 'RECEIVED' and photo_file is not null",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void fivePartnersHaveAnAgreementInForceOneOfThemDueForRenewalAndOneWaitsForCountersignature(
			@Autowired AgreementManagement agreements) {
		assertThat(agreements.inForce()).as("listed in the partner directory").hasSize(5);
		List<Map<String, Object>> rows = this.jdbc.queryForList("select p.email, a.status, a.ends_at"
				+ " from partner_agreement a join account p on p.id = a.signatory_id order by p.email");
		assertThat(rows).hasSize(6);
		Map<String, Object> renewal = rows.stream()
			.filter(row -> row.get("email").equals("hello@global-lactation.example.org"))
			.findFirst()
			.orElseThrow();
		Instant ends = ((java.time.OffsetDateTime) this.jdbc
			.queryForObject("select ends_at from partner_agreement a join account p on p.id = a.signatory_id"
					+ " where p.email = 'hello@global-lactation.example.org'", java.time.OffsetDateTime.class))
			.toInstant();
		assertThat(renewal.get("status")).isEqualTo("COUNTERSIGNED");
		assertThat(ends).isBetween(Instant.now().plus(Duration.ofDays(19)), Instant.now().plus(Duration.ofDays(21)));
		assertThat(rows.stream().filter(row -> row.get("status").equals("AWAITING_COUNTERSIGNATURE"))).singleElement()
			.satisfies(row -> assertThat(row.get("email")).isEqualTo("ola@mamaco-salvador.example.org"));
		assertThat(this.jdbc
			.queryForObject("select count(*) from partner_agreement_document where kind = 'SIGNED_COPY'", Long.class))
			.isEqualTo(5);
	}

	@Test
	void partnersInForceHaveTheirCodesOneRedeemedAMeetingInvitationRequestsAndOffersInSeveralStatuses() {
		assertThat(this.jdbc.queryForObject("select count(*) from partner_benefit_code", Long.class))
			.as("two codes for each of the five partners in force")
			.isEqualTo(10);
		assertThat(this.jdbc.queryForList(
				"select p.legal_name from partner_benefit_code c"
						+ " join partner_application p on p.id = c.partner_id where c.redeemed_at is not null",
				String.class))
			.containsExactly("Amamenta Brasil");
		assertThat(this.jdbc.queryForObject("select count(*) from partner_leadership_meeting", Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_meeting_invitation", Long.class))
			.as("every partner in force invited")
			.isEqualTo(5);
		assertThat(this.jdbc.queryForList("select status from partner_promotion order by status", String.class))
			.containsExactly("APPROVED", "PENDING");
		assertThat(this.jdbc.queryForList("select distinct status from partner_obligation", String.class))
			.containsExactlyInAnyOrder("OFFERED", "ACCEPTED", "DELIVERED", "WITHDRAWN");
	}

	@Test
	void theStrollHasThreeCoHostsFiveSitesOneFullWithAWaitlistTeamsVirtualWalkersAndMilkPledgedTowardIt(
			@Autowired Campaigns campaigns, @Autowired SponsorRegister register) {
		CampaignSummary stroll = campaigns.find(DemoCampaign.DEMO_CAMPAIGN).orElseThrow();
		assertThat(campaigns.upcoming()).extracting(CampaignSummary::id).contains(DemoCampaign.DEMO_CAMPAIGN);
		assertThat(stroll.coHosts()).hasSize(3);
		assertThat(stroll.virtualOption()).isTrue();
		assertThat(campaigns.sites(stroll.id())).hasSizeGreaterThanOrEqualTo(5);
		assertThat(campaigns.teams(stroll.id())).extracting(TeamSummary::name)
			.contains("Boston Milk Makers", "Stroll Your Way Crew");
		List<Map<String, Object>> boston = this.jdbc
			.queryForList("select s.capacity, s.taken, r.status, r.people from calendar_site s"
					+ " join calendar_registration r on r.site_id = s.id where s.name = 'Boston Common'");
		assertThat(boston).allSatisfy(row -> assertThat(row.get("taken")).isEqualTo(row.get("capacity")));
		assertThat(boston).filteredOn(row -> row.get("status").equals("WAITLISTED")).hasSize(2);
		assertThat(this.jdbc.queryForList("""
				select r.display_name from calendar_registration r join calendar_site s on s.id = r.site_id
				where s.name = 'Boston Common' and r.status = 'WAITLISTED' order by r.created_at, r.id""",
				String.class))
			.as("the second in line has the demo's waiting page")
			.hasSize(2)
			.last()
			.isEqualTo(this.jdbc.queryForObject("select display_name from calendar_registration where secret_hash = ?",
					String.class, org.latch.platform.PrivateLinks
						.hash(DemoCampaign.WAITING_PAGE.substring(DemoCampaign.WAITING_PAGE.lastIndexOf('/') + 1))));
		assertThat(this.jdbc.queryForList("select language from calendar_campaign_story where campaign_id = ?",
				String.class, stroll.id()))
			.containsExactlyInAnyOrder("es", "pt-BR");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from calendar_registration where site_id is null and status = 'CONFIRMED'",
				Long.class))
			.isEqualTo(3);
		List<SponsorId> chosen = this.jdbc
			.queryForList("select sponsor_id from calendar_campaign_sponsor where campaign_id = ?", UUID.class,
					stroll.id())
			.stream()
			.map(SponsorId::new)
			.toList();
		List<CurrentSponsor> shown = register.currentSponsors(chosen, register.today());
		assertThat(shown).isNotEmpty().hasSizeLessThan(chosen.size());
		assertThat(this.totals.forCampaign(stroll.id()).ouncesPledged()).isPositive();
		assertThat(this.totals.forCampaign(stroll.id()).ouncesConfirmed()).isPositive();
	}

	@Test
	void oneWalkerPaidTheSiteFeeInCashAndOthersStillOweTheirs() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from fundraising_fee_payment where campaign_id = ? and method = 'CASH'", Long.class,
				DemoCampaign.DEMO_CAMPAIGN))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from calendar_registration r where r.campaign_id = ? and r.status = 'CONFIRMED'
				and r.fee_owed_cents > 0
				and not exists (select 1 from fundraising_fee_payment p where p.registration_id = r.id)""", Long.class,
				DemoCampaign.DEMO_CAMPAIGN))
			.isPositive();
	}

	@Test
	void theStrollRaisesFundsForFourBeneficiariesOnlineAndInCashWithOneRefundAndEveryWalkerHasAPage(
			@Autowired CampaignFunds funds) {
		// Online 50 + 25 + 20 + 100 + 75.50, cash 20 + 15, a check of 100 with 25
		// refunded.
		assertThat(funds.progress(DemoCampaign.DEMO_CAMPAIGN)).contains(new FundsProgress(38_050, 2_500_000, "USD", 8));
		assertThat(this.jdbc.queryForObject("""
				select sum(s.cents) from fundraising_gift_share s join fundraising_gift g on g.id = s.gift_id
				where g.campaign_id = ?""", Long.class, DemoCampaign.DEMO_CAMPAIGN)).isEqualTo(40_550);
		assertThat(this.jdbc.queryForList("""
				select distinct legal_name from fundraising_gift_share s join fundraising_gift g on g.id = s.gift_id
				where g.campaign_id = ?""", String.class, DemoCampaign.DEMO_CAMPAIGN)).hasSize(4);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from fundraising_page where campaign_id = ? and kind = 'TEAM'", Long.class,
				DemoCampaign.DEMO_CAMPAIGN))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from calendar_team where campaign_id = ?", Long.class,
					DemoCampaign.DEMO_CAMPAIGN));
		Long confirmed = this.jdbc.queryForObject(
				"select count(*) from calendar_registration where campaign_id = ? and status = 'CONFIRMED'", Long.class,
				DemoCampaign.DEMO_CAMPAIGN);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from fundraising_page where campaign_id = ? and registration_id is not null",
					Long.class, DemoCampaign.DEMO_CAMPAIGN))
				.isEqualTo(confirmed));
	}

}
