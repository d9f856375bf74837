package org.latch.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.latch.PersistenceTest;
import org.latch.directory.UnitId;
import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns, sites, teams and registrations as both databases keep them: co-hosts in the
 * organizer's order, sponsors, a site's place and fee, the waitlist in arrival order and
 * the people counted per status.
 */
@PersistenceTest
class CampaignRepositoryTests {

	private static final LocalDate DAY = LocalDate.of(2031, 4, 26);

	@Autowired
	CampaignRepository campaigns;

	@Autowired
	SiteRepository sites;

	@Autowired
	TeamRepository teams;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCampaignKeepsItsCoHostsInOrderItsSponsorsAndItsSites() {
		UnitId organizer = unit("Organizer");
		UnitId second = unit("Second");
		UnitId first = unit("First");
		UUID sponsor = UUID.randomUUID();
		Campaign campaign = new Campaign(UUID.randomUUID(), organizer,
				new CampaignDetails("Miracle Milk Stroll ✨", "Walk with us.", DAY, ZoneId.of("America/New_York"),
						List.of(second, organizer, first), 5000, true, List.of(sponsor), true),
				Instant.now());
		this.campaigns.save(campaign);
		Site site = new Site(UUID.randomUUID(), campaign.id(), siteDetails(12, 1500), Instant.now());
		this.sites.save(site);
		this.entities.flush();
		this.entities.clear();

		Campaign read = this.campaigns.findById(campaign.id()).orElseThrow();
		assertThat(read.summary().coHosts()).containsExactly(second, first);
		assertThat(read.sponsors()).containsExactly(sponsor);
		assertThat(read.summary().zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(read.ouncesGoal()).isEqualTo(5000);
		assertThat(this.campaigns.findByPublishedTrueAndHeldOnGreaterThanEqualOrderByHeldOnAscNameAsc(DAY))
			.extracting(Campaign::id)
			.contains(campaign.id());
		assertThat(this.campaigns.findByPublishedTrueAndHeldOnGreaterThanEqualOrderByHeldOnAscNameAsc(DAY.plusDays(1)))
			.extracting(Campaign::id)
			.doesNotContain(campaign.id());
		Site locked = this.sites.lockById(site.id()).orElseThrow();
		assertThat(locked.details()).isEqualTo(siteDetails(12, 1500));
	}

	@Test
	void theWaitlistComesBackInArrivalOrderAndPeopleAreCountedPerStatus() {
		Campaign campaign = new Campaign(UUID.randomUUID(), unit("Host"), new CampaignDetails("Stroll", "Story", DAY,
				ZoneId.of("America/Chicago"), List.of(), null, false, List.of(), false), Instant.now());
		this.campaigns.save(campaign);
		Site site = new Site(UUID.randomUUID(), campaign.id(), siteDetails(3, null), Instant.now());
		this.sites.save(site);
		Team team = new Team(UUID.randomUUID(), campaign.id(), "  Milky   Way ", Instant.now());
		this.teams.save(team);
		Instant start = Instant.parse("2031-03-01T10:00:00Z");
		Registration confirmed = registration(campaign, site, team, "Ana", 3, start);
		confirmed.confirm(null, start);
		Registration later = registration(campaign, site, null, "Ben", 2, start.plusSeconds(20));
		Registration earlier = registration(campaign, site, null, "Chloé", 1, start.plusSeconds(10));
		this.registrations.saveAll(List.of(confirmed, later, earlier));
		this.entities.flush();
		this.entities.clear();

		assertThat(this.registrations.findBySiteIdAndStatusOrderByCreatedAtAscIdAsc(site.id(),
				RegistrationStatus.WAITLISTED))
			.extracting(Registration::displayName)
			.containsExactly("Chloé", "Ben");
		assertThat(this.registrations.people(site.id(), RegistrationStatus.WAITLISTED)).isEqualTo(3);
		assertThat(this.registrations.confirmedPeople(campaign.id())).isEqualTo(3);
		assertThat(this.teams.findByCampaignIdAndNameKey(campaign.id(), "milky way")).isPresent();
	}

	@Test
	void aStoryKeepsItsTranslationsAndACampaignWrittenBeforeThemIsInEnglish() {
		Campaign campaign = new Campaign(UUID.randomUUID(), unit("Host"),
				new CampaignDetails("Caminhada", "Caminhamos pelo leite.", DAY, ZoneId.of("America/Sao_Paulo"),
						List.of(), null, true, List.of(), true, "pt-BR",
						java.util.Map.of("es", "Caminamos por la leche.", "ht", "Nou mache pou lèt la.")),
				Instant.now());
		this.campaigns.save(campaign);
		UUID older = UUID.randomUUID();
		this.jdbc.update("""
				insert into calendar_campaign (id, organizer, name, story, held_on, zone, virtual_option, currency,
				published, created_at, version) values (?, ?, 'Older', 'We walk.', ?, 'UTC', true, 'USD', true,
				current_timestamp, 0)""", older, unit("Older host").value(), DAY);
		this.entities.flush();
		this.entities.clear();

		Campaign read = this.campaigns.findById(campaign.id()).orElseThrow();
		assertThat(read.details().translations()).containsOnlyKeys("es", "ht");
		assertThat(read.storyFor("ht")).isEqualTo("Nou mache pou lèt la.");
		assertThat(read.storyLanguageFor("fr")).isEqualTo("pt-BR");
		assertThat(read.storyFor("fr")).isEqualTo("Caminhamos pelo leite.");
		Campaign before = this.campaigns.findById(older).orElseThrow();
		assertThat(before.storyLanguage()).isEqualTo("en");
		assertThat(before.storyFor("es")).isEqualTo("We walk.");
	}

	private Registration registration(Campaign campaign, Site site, Team team, String name, int people, Instant at) {
		return new Registration(UUID.randomUUID(), campaign.id(), site.id(), (team == null) ? null : team.id(),
				UUID.randomUUID().toString().replace("-", "") + "0123456789abcdef0123456789abcdef", "R-TEST12",
				new Entrant(name, name.toLowerCase() + "@example.org", "pt-BR", people), at);
	}

	private static SiteDetails siteDetails(int capacity, Integer fee) {
		return new SiteDetails("Prospect Park", "Grand Army Plaza entrance", "Brooklyn", new GeoPoint(40.67, -73.97),
				null, LocalTime.of(9, 30), new BigDecimal("5.0"), capacity, fee);
	}

	private UnitId unit(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into organization_unit (id, path, kind, slug, name, online, languages, created_at, updated_at) "
						+ "values (?, ?, 'NATIONAL', ?, ?, false, 'en', current_timestamp, current_timestamp)",
				id, "/" + id + "/", "unit-" + id, name);
		return new UnitId(id);
	}

}
