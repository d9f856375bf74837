package org.latch.directory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.LatchWebTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.directory.HsdsFixtures.ids;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HSDS lists are answered from the search index of meetings: what an editor changes
 * in a meeting, its group or the group's organization shows in them as soon as it is
 * saved, and pages are cut, counted and sorted as before.
 */
@LatchWebTest
@Tag("persistence")
class HsdsIndexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	OrganizationUnitRepository units;

	@Autowired
	MeetingRepository meetingRepository;

	@Autowired
	TransactionTemplate transactions;

	HsdsFixtures net;

	@BeforeEach
	void aSmallNetwork() {
		this.net = new HsdsFixtures(this.directory, this.meetings);
	}

	@Test
	void aGroupsNewNameAndPlaceReachTheLists() throws Exception {
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag))).as("by name, then id")
			.endsWith(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", "springfield " + this.net.tag))).isEmpty();
		Instant before = Instant.now();

		edit(this.net.worcester, unit -> unit.edit(new GroupInput("Allston Circle " + this.net.tag, "US", "MA",
				"Springfield", 42.1015, -72.5898, false, List.of("en"),
				new UnitProfile(null, null, null, null, null, Map.of("pt-BR", "Roda de apoio à amamentação")))));

		assertThat(ids(json("/api/hsds/services", "search", this.net.tag))).as("Allston sorts first now")
			.startsWith(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", "springfield amamentacao " + this.net.tag)))
			.containsExactly(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", "worcester " + this.net.tag))).isEmpty();
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "modified_after", before.toString())))
			.containsExactly(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/service_at_locations", "search", this.net.tag, "postcode", "Worcester, MA",
				"proximity", "5000")))
			.as("no longer in Worcester")
			.isEmpty();
		JsonNode fromBoston = json("/api/hsds/service_at_locations", "search", this.net.tag, "postcode", "Boston, MA",
				"proximity", "200000");
		assertThat(fromBoston.get("contents").valueStream().map(link -> link.get("service_id").asString()))
			.as("Springfield is the farthest from Boston")
			.hasSize(3)
			.endsWith(this.net.worcesterWeekly.toString());
		assertThat(fromBoston.get("contents").get(2).get("location").get("name").asString())
			.isEqualTo("Allston Circle " + this.net.tag);
	}

	@Test
	void aMeetingsNewScheduleAndFormatReachTheLists() throws Exception {
		String atLocation = HsdsEntry.id("service_at_location", this.net.worcesterWeekly.value()).toString();
		assertThat(json("/api/hsds/service_at_locations/" + atLocation).get("service").get("id").asString())
			.isEqualTo(this.net.worcesterWeekly.toString());
		Instant before = Instant.now();

		this.meetings.update(this.net.worcesterWeekly,
				new NewMeeting(this.net.worcester, "Saturday club", "FREQ=WEEKLY;BYDAY=SA", LocalDate.of(2026, 1, 3),
						LocalTime.of(9, 30), Duration.ofMinutes(60), "America/New_York", MeetingFormat.ONLINE,
						List.of("en"), Set.of(), Set.of()));

		assertThat(ids(json("/api/hsds/services", "search", "saturday club " + this.net.tag)))
			.containsExactly(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "modified_after", before.toString())))
			.containsExactly(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "taxonomy_term_id",
				HsdsTaxonomy.term(MeetingFormat.ONLINE).id().toString())))
			.containsExactlyInAnyOrder(this.net.worcesterWeekly.toString(), this.net.onlineWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "taxonomy_term_id",
				HsdsTaxonomy.term(Audience.NICU_PRETERM).id().toString())))
			.isEmpty();
		assertThat(json("/api/hsds/service_at_locations", "search", this.net.tag).get("contents")
			.valueStream()
			.map(link -> link.get("service_id").asString())).as("online now, so at no location")
			.doesNotContain(this.net.worcesterWeekly.toString())
			.hasSize(2);
		this.mvc.perform(get("/api/hsds/service_at_locations/" + atLocation)).andExpect(status().isNotFound());
		assertThat(json("/api/hsds/services/" + this.net.worcesterWeekly).get("schedules")
			.get(0)
			.get("description")
			.asString()).startsWith("Every week on Saturday");
	}

	@Test
	void anOrganizationsNewNameReachesTheServicesOfItsGroups() throws Exception {
		assertThat(ids(json("/api/hsds/services", "search", "commonwealth " + this.net.tag))).isEmpty();

		edit(this.net.area, unit -> unit.edit(new GroupInput("Commonwealth Region " + this.net.tag, "US", "MA",
				"Boston", null, null, false, List.of("en"), unit.profile())));

		assertThat(ids(json("/api/hsds/services", "search", "commonwealth " + this.net.tag))).hasSize(4);
		assertThat(json("/api/hsds/services/" + this.net.onlineWeekly).get("organization").get("name").asString())
			.isEqualTo("Commonwealth Region " + this.net.tag);
	}

	@Test
	void withoutParametersEveryMeetingIsAService() throws Exception {
		JsonNode first = json("/api/hsds/services", "per_page", "100");
		assertThat(first.get("total_items").asLong()).isEqualTo(this.meetingRepository.count());
		assertThat(first.get("contents").size()).isEqualTo((int) Math.min(100, this.meetingRepository.count()));
	}

	@Test
	void pagesAreCutCountedAndSortedByTheIndex() throws Exception {
		List<String> all = ids(json("/api/hsds/services", "search", this.net.tag));
		JsonNode second = json("/api/hsds/services", "search", this.net.tag, "per_page", "3", "page", "2");
		assertThat(second.get("total_items").asInt()).isEqualTo(4);
		assertThat(second.get("total_pages").asInt()).isEqualTo(2);
		assertThat(second.get("last_page").asBoolean()).isTrue();
		assertThat(ids(second)).containsExactly(all.get(3));
		JsonNode beyond = json("/api/hsds/services", "search", this.net.tag, "per_page", "3", "page", "9");
		assertThat(beyond.get("total_items").asInt()).isEqualTo(4);
		assertThat(beyond.get("empty").asBoolean()).isTrue();
		assertThat(ids(beyond)).isEmpty();
	}

	private void edit(UnitId id, Consumer<OrganizationUnit> change) {
		this.transactions.executeWithoutResult(status -> change.accept(this.units.findById(id.value()).orElseThrow()));
	}

	private JsonNode json(String path, String... parameters) throws Exception {
		var request = get(path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return HsdsFixtures.json(this.mvc, request);
	}

}
