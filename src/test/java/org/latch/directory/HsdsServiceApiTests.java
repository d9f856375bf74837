package org.latch.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.directory.HsdsFixtures.ids;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Meetings are HSDS services, and in-person meetings at their group's place are services
 * at locations; every object is valid against the official Open Referral schemas.
 */
@LatchWebTest
class HsdsServiceApiTests {

	static final HsdsSchemas schemas = new HsdsSchemas();

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingManagement meetings;

	HsdsFixtures net;

	@BeforeEach
	void aSmallNetwork() {
		this.net = new HsdsFixtures(this.directory, this.meetings);
	}

	@Test
	void everyMeetingIsAServiceInAValidHsdsPage() throws Exception {
		JsonNode page = json("/api/hsds/services", "search", this.net.tag);
		assertThat(HsdsSchemas.problems(schemas.openApi("/components/schemas/Page"), page)).isEmpty();
		assertThat(page.get("total_items").asInt()).isEqualTo(4);
		for (JsonNode service : page.get("contents")) {
			assertThat(HsdsSchemas.problems(schemas.file("compiled/service_list.json"), service)).isEmpty();
			assertThat(HsdsSchemas.problems(schemas.file("service.json"), service)).isEmpty();
			assertThat(service.get("status").asString()).isEqualTo("active");
			assertThat(service.get("organization_id").asString()).isEqualTo(this.net.area.toString());
			assertThat(service.has("schedules")).as("lists carry one-to-one fields only").isFalse();
		}
		assertThat(ids(page)).containsExactlyInAnyOrder(this.net.dorchesterMonthly.toString(),
				this.net.dorchesterEvening.toString(), this.net.worcesterWeekly.toString(),
				this.net.onlineWeekly.toString());
		assertThat(page.get("contents").valueStream().map(s -> s.get("name").asString()))
			.contains("Dorchester Circle " + this.net.tag + ": Evening circle for working parents");
	}

	@Test
	void oneServiceIsFullyNestedWithItsScheduleFromTheRule() throws Exception {
		JsonNode service = json("/api/hsds/services/" + this.net.dorchesterMonthly);
		assertThat(HsdsSchemas.problems(schemas.file("service.json"), service)).isEmpty();
		assertThat(HsdsSchemas.problems(schemas.file("compiled/service_with_definitions.json"), service)).isEmpty();
		assertThat(service.get("name").asString()).isEqualTo("Dorchester Circle " + this.net.tag);
		assertThat(service.get("description").asString()).startsWith("Monthly support for families");
		assertThat(service.get("email").asString()).isEqualTo("dorchester@groups.example.org");
		assertThat(service.get("url").asString()).isEqualTo("https://example.org/dorchester");
		assertThat(service.get("organization").get("id").asString()).isEqualTo(this.net.area.toString());

		JsonNode schedule = service.get("schedules").get(0);
		assertThat(schedule.get("freq").asString()).isEqualTo("MONTHLY");
		assertThat(schedule.get("byday").asString()).isEqualTo("2TU");
		assertThat(schedule.get("interval").asInt()).isEqualTo(1);
		assertThat(schedule.get("dtstart").asString()).isEqualTo("2026-01-01");
		String offset = ZonedDateTime.now(ZoneId.of("America/New_York")).getOffset().getId();
		assertThat(schedule.get("opens_at").asString()).isEqualTo("10:00" + offset);
		assertThat(schedule.get("closes_at").asString()).isEqualTo("11:30" + offset);
		assertThat(schedule.get("timezone").isNumber()).isTrue();
		assertThat(schedule.get("timezone").asDouble()).isIn(-5.0, -4.0);
		assertThat(schedule.get("description").asString()).contains("second Tuesday", "10:00 to 11:30");
		assertThat(schedule.get("notes").asString()).contains("America/New_York", "RRULE:FREQ=MONTHLY;BYDAY=2TU");
		assertThat(schedule.get("attending_type").asString()).startsWith("In person");

		assertThat(service.get("languages").valueStream().map(l -> l.get("code").asString())).containsExactly("en",
				"ht");
		assertThat(service.get("contacts").get(0).get("email").asString()).isEqualTo("dorchester@groups.example.org");
		assertThat(service.get("phones").get(0).get("number").asString()).isEqualTo("+1 617 555 0100");
		assertThat(service.get("service_areas").get(0).get("name").asString()).isEqualTo("Boston, MA, US");
		assertThat(service.get("attributes").valueStream().map(a -> a.get("taxonomy_term_id").asString())).contains(
				HsdsTaxonomy.term(Audience.NEWBORN).id().toString(),
				HsdsTaxonomy.term(MeetingFormat.IN_PERSON).id().toString(),
				HsdsTaxonomy.term(Accessibility.TRANSIT).id().toString());
		JsonNode atLocation = service.get("service_at_locations").get(0);
		assertThat(atLocation.get("location").get("id").asString()).isEqualTo(this.net.dorchester.toString());
	}

	@Test
	void theDescriptionIsInTheLanguageAskedForWhenTheGroupWroteOne() throws Exception {
		assertThat(json("/api/hsds/services/" + this.net.dorchesterMonthly, "lang", "ht").get("description").asString())
			.startsWith("Sipò chak mwa");
		JsonNode accepted = HsdsFixtures.json(this.mvc,
				get("/api/hsds/services/" + this.net.dorchesterMonthly).header("Accept-Language", "ht"));
		assertThat(accepted.get("description").asString()).startsWith("Sipò chak mwa");
		assertThat(json("/api/hsds/services/" + this.net.onlineWeekly, "lang", "fr").get("description").asString())
			.as("no French description: the meeting's own language")
			.startsWith("Reunión en línea");
	}

	@Test
	void anOnlineMeetingIsAServiceWithoutALocation() throws Exception {
		JsonNode service = json("/api/hsds/services/" + this.net.onlineWeekly);
		assertThat(HsdsSchemas.problems(schemas.file("service.json"), service)).isEmpty();
		assertThat(service.get("service_at_locations").isEmpty()).isTrue();
		assertThat(service.get("schedules").get(0).get("attending_type").asString()).isEqualTo("Online.");
		assertThat(service.get("service_areas").get(0).get("name").asString()).isEqualTo("Online");
		assertThat(ids(json("/api/hsds/service_at_locations", "search", this.net.tag)))
			.doesNotContain(HsdsEntry.id("service_at_location", this.net.onlineWeekly.value()).toString())
			.hasSize(3);
	}

	@Test
	void meetingsAtAPlaceAreValidServicesAtLocations() throws Exception {
		JsonNode page = json("/api/hsds/service_at_locations", "search", this.net.tag);
		assertThat(HsdsSchemas.problems(schemas.openApi("/components/schemas/Page"), page)).isEmpty();
		for (JsonNode link : page.get("contents")) {
			assertThat(HsdsSchemas.problems(schemas.file("compiled/service_at_location_list.json"), link)).isEmpty();
			assertThat(HsdsSchemas.problems(schemas.file("service_at_location.json"), link)).isEmpty();
		}
		String id = HsdsEntry.id("service_at_location", this.net.dorchesterMonthly.value()).toString();
		JsonNode full = json("/api/hsds/service_at_locations/" + id);
		assertThat(HsdsSchemas.problems(schemas.file("service_at_location.json"), full)).isEmpty();
		assertThat(full.get("service_id").asString()).isEqualTo(this.net.dorchesterMonthly.toString());
		JsonNode location = full.get("location");
		assertThat(location.get("id").asString()).isEqualTo(this.net.dorchester.toString());
		assertThat(location.get("latitude").asDouble()).isEqualTo(42.3016);
		assertThat(location.get("longitude").asDouble()).isEqualTo(-71.0676);
		JsonNode address = location.get("addresses").get(0);
		assertThat(List.of(address.get("address_1").asString(), address.get("city").asString(),
				address.get("state_province").asString(), address.get("postal_code").asString(),
				address.get("country").asString(), address.get("address_type").asString()))
			.containsExactly("1 Ashmont Street", "Boston", "MA", "02124", "US", "physical");
		assertThat(location.get("accessibility").valueStream().map(a -> a.get("description").asString()))
			.containsExactly("Step-free access", "Near public transit");
		assertThat(full.get("schedules").get(0).get("service_at_location_id").asString()).isEqualTo(id);
		assertThat(json("/api/hsds/service_at_locations/" + id).get("id").asString()).as("stable ids").isEqualTo(id);
	}

	@Test
	void searchMatchesEveryWordInNamesAndDescriptionsWithoutAccents() throws Exception {
		assertThat(ids(json("/api/hsds/services", "search", "SAO PAULO " + this.net.tag)))
			.containsExactly(this.net.onlineWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", "sipo " + this.net.tag)))
			.containsExactly(this.net.dorchesterMonthly.toString(), this.net.dorchesterEvening.toString());
		assertThat(ids(json("/api/hsds/services", "search", "worcester nowhere " + this.net.tag))).isEmpty();
	}

	@Test
	void nearAPostcodeOnlyPlacesWithinProximityNearestFirst() throws Exception {
		JsonNode near = json("/api/hsds/service_at_locations", "search", this.net.tag, "postcode", "02125", "proximity",
				"20000");
		assertThat(near.get("contents").valueStream().map(s -> s.get("service_id").asString()))
			.containsExactlyInAnyOrder(this.net.dorchesterMonthly.toString(), this.net.dorchesterEvening.toString());
		assertThat(near.get("contents").get(0).get("distance_meters").asLong()).isLessThan(3000);
		JsonNode wider = json("/api/hsds/service_at_locations", "search", this.net.tag, "postcode", "Boston, MA",
				"proximity", "100000");
		assertThat(wider.get("contents").valueStream().map(s -> s.get("service_id").asString())).hasSize(3)
			.endsWith(this.net.worcesterWeekly.toString());
		assertThat(ids(
				json("/api/hsds/services", "search", this.net.tag, "postcode", "Worcester, MA", "proximity", "5000")))
			.containsExactly(this.net.worcesterWeekly.toString());
	}

	@Test
	void aTaxonomyTermKeepsTheMeetingsItClassifies() throws Exception {
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "taxonomy_term_id",
				HsdsTaxonomy.term(Audience.NICU_PRETERM).id().toString())))
			.containsExactly(this.net.worcesterWeekly.toString());
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "taxonomy_term_id",
				HsdsTaxonomy.term(MeetingFormat.HYBRID).id().toString())))
			.containsExactly(this.net.dorchesterEvening.toString());
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "taxonomy_id",
				HsdsTaxonomy.ACCESSIBILITY.id().toString())))
			.containsExactlyInAnyOrder(this.net.dorchesterMonthly.toString(), this.net.worcesterWeekly.toString());
		assertThat(ids(
				json("/api/hsds/services", "search", this.net.tag, "organization_id", this.net.national.toString())))
			.hasSize(4);
	}

	@Test
	void modifiedAfterKeepsMeetingsChangedSince() throws Exception {
		Instant before = Instant.now();
		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "modified_after", before.toString())))
			.isEmpty();
		ZonedDateTime next = this.meetings
			.nextOccurrences(this.net.worcester, ZonedDateTime.now(ZoneId.of("America/New_York")), 1)
			.getFirst()
			.start();
		this.meetings.cancel(this.net.worcesterWeekly, next.toLocalDate());

		assertThat(ids(json("/api/hsds/services", "search", this.net.tag, "modified_after", before.toString())))
			.containsExactly(this.net.worcesterWeekly.toString());
		JsonNode service = json("/api/hsds/services/" + this.net.worcesterWeekly);
		assertThat(Instant.parse(service.get("last_modified").asString())).isAfterOrEqualTo(before);
		assertThat(service.get("schedules").get(0).get("notes").asString())
			.contains("No meeting on " + next.toLocalDate());
		assertThat(service.get("schedules").get(0).get("description").asString())
			.startsWith("Every 2 weeks on Saturday");
	}

	private JsonNode json(String path, String... parameters) throws Exception {
		var request = get(path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return HsdsFixtures.json(this.mvc, request);
	}

}
