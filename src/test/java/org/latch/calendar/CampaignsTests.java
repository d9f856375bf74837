package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API the fundraising module builds on: a campaign, its sites and teams as set up,
 * the upcoming list, and who organizes a campaign or coordinates a site.
 */
@LatchWebTest
class CampaignsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Clock clock;

	CalendarFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new CalendarFixtures(this.context);
	}

	@Test
	void aPublishedCampaignIsUpcomingWithItsCoHostsAndSites() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		UUID campaign = this.fixtures.campaign(today);
		UUID site = this.fixtures.site(campaign, 10, null);

		CampaignSummary summary = this.campaigns.find(campaign).orElseThrow();
		assertThat(summary.organizer()).isEqualTo(this.fixtures.organizer);
		assertThat(summary.coHosts()).containsExactly(this.fixtures.coHost);
		assertThat(summary.virtualOption()).isTrue();
		assertThat(this.campaigns.upcoming()).extracting(CampaignSummary::id).contains(campaign);
		assertThat(this.campaigns.sites(campaign)).extracting(SiteSummary::id).containsExactly(site);
		assertThat(this.campaigns.site(site).orElseThrow().coordinator()).isEqualTo(this.fixtures.coordinatorId);
		assertThat(this.campaigns.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	void yesterdaysCampaignIsNoLongerUpcoming() {
		UUID campaign = this.fixtures.campaign(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).minusDays(1));

		assertThat(this.campaigns.upcoming()).extracting(CampaignSummary::id).doesNotContain(campaign);
	}

	@Test
	void theOrganizersAdministratorsAndPlatformAdministratorsOrganizeAndTheCoordinatorCoordinatesOnlyTheirSite() {
		UUID campaign = this.fixtures.campaign(LocalDate.now(this.clock).plusDays(30));
		UUID site = this.fixtures.site(campaign, 10, null);
		UUID otherSite = this.fixtures.site(campaign, 10, null);
		CampaignSetup setup = this.context.getBean(CampaignSetup.class);
		setup.changeSite(otherSite, CalendarFixtures.site("Elsewhere", 10, null, null));

		assertThat(this.campaigns.organizes(campaign, this.fixtures.id(this.fixtures.organizerAdmin))).isTrue();
		assertThat(this.campaigns.organizes(campaign, this.fixtures.id(this.fixtures.platformAdmin))).isTrue();
		assertThat(this.campaigns.organizes(campaign, this.fixtures.id(this.fixtures.otherAdmin))).isFalse();
		assertThat(this.campaigns.organizes(campaign, this.fixtures.coordinatorId)).isFalse();
		assertThat(this.campaigns.coordinates(site, this.fixtures.coordinatorId)).isTrue();
		assertThat(this.campaigns.coordinates(otherSite, this.fixtures.coordinatorId)).isFalse();
		assertThat(this.campaigns.coordinates(otherSite, this.fixtures.id(this.fixtures.organizerAdmin))).isTrue();
		assertThat(this.campaigns.coordinates(site, this.fixtures.id(this.fixtures.family))).isFalse();
		assertThat(this.campaigns.organizes(UUID.randomUUID(), this.fixtures.id(this.fixtures.platformAdmin)))
			.isFalse();
	}

	@Test
	void ninetyDaysAfterItsDayACampaignForgetsWhoRegisteredButKeepsTheirPlaces() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		UUID old = this.fixtures.campaign(today.minusDays(RegistrationPurge.KEEP_DAYS + 1));
		UUID recent = this.fixtures.campaign(today.minusDays(RegistrationPurge.KEEP_DAYS - 1));
		Registrations registrations = this.context.getBean(Registrations.class);
		UUID forgotten = registrations
			.register(old, null, TeamChoice.NONE, new Entrant("Old Walker", "old@example.org", "en", 2),
					org.latch.platform.PrivateLinks.newSecret())
			.id();
		UUID kept = registrations
			.register(recent, null, TeamChoice.NONE, new Entrant("Recent Walker", "recent@example.org", "en", 1),
					org.latch.platform.PrivateLinks.newSecret())
			.id();

		this.context.getBean(RegistrationPurge.class).purge(today);

		assertThat(this.campaigns.registrant(forgotten).orElseThrow().displayName()).isEmpty();
		assertThat(this.campaigns.registrant(kept).orElseThrow().displayName()).isEqualTo("Recent Walker");
		assertThat(this.context.getBean(RegistrationRepository.class).confirmedPeople(old)).isEqualTo(2);
	}

}
