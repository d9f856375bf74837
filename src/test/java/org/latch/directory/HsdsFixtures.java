package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A small network for HSDS API tests, named with a word no other test uses: an area in
 * Massachusetts with a group in Dorchester (Boston), one in Worcester and an online one,
 * each with meetings.
 */
final class HsdsFixtures {

	final String tag = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	final UnitId national;

	final UnitId area;

	final UnitId dorchester;

	final UnitId worcester;

	final UnitId online;

	final MeetingId dorchesterMonthly;

	final MeetingId dorchesterEvening;

	final MeetingId worcesterWeekly;

	final MeetingId onlineWeekly;

	HsdsFixtures(DirectoryManagement directory, MeetingManagement meetings) {
		this.national = directory.add(
				unit(null, UnitKind.NATIONAL, "Latch Test Nation " + this.tag, null, null, null, false, List.of("en")));
		this.area = directory.add(unit(this.national, UnitKind.AREA, "Massachusetts Área " + this.tag, "Boston", null,
				null, false, List.of("en")));
		this.dorchester = directory.add(unit(this.area, UnitKind.GROUP, "Dorchester Circle " + this.tag, "Boston",
				42.3016, -71.0676, false, List.of("en", "ht")));
		this.worcester = directory.add(unit(this.area, UnitKind.GROUP, "Worcester Circle " + this.tag, "Worcester",
				42.2626, -71.8023, false, List.of("en")));
		this.online = directory
			.add(unit(this.area, UnitKind.GROUP, "Evening Online " + this.tag, null, null, null, true, List.of("es")));
		directory.describe(this.dorchester,
				new UnitProfile("1 Ashmont Street", "02124", "dorchester@groups.example.org", "+1 617 555 0100",
						"https://example.org/dorchester",
						Map.of("en", "Monthly support for families who breastfeed or chestfeed.", "ht",
								"Sipò chak mwa pou fanmi k ap bay tete.")));
		directory.describe(this.online, new UnitProfile(null, null, null, null, null,
				Map.of("es", "Reunión en línea para familias que amamantan en São Paulo y más allá.")));
		this.dorchesterMonthly = meetings.schedule(meeting(this.dorchester, null, "FREQ=MONTHLY;BYDAY=2TU",
				MeetingFormat.IN_PERSON, List.of("en", "ht"), Set.of(Audience.NEWBORN, Audience.PARTNERS_WELCOME),
				Set.of(Accessibility.STEP_FREE, Accessibility.TRANSIT)));
		this.dorchesterEvening = meetings
			.schedule(meeting(this.dorchester, "Evening circle for working parents", "FREQ=MONTHLY;BYDAY=-1TH",
					MeetingFormat.HYBRID, List.of("en"), Set.of(Audience.WORKING_PARENTS), Set.of()));
		this.worcesterWeekly = meetings.schedule(meeting(this.worcester, null, "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
				MeetingFormat.IN_PERSON, List.of("en"), Set.of(Audience.NICU_PRETERM), Set.of(Accessibility.PARKING)));
		this.onlineWeekly = meetings.schedule(meeting(this.online, null, "FREQ=WEEKLY;BYDAY=WE", MeetingFormat.ONLINE,
				List.of("es"), Set.of(), Set.of()));
	}

	private NewUnit unit(UnitId parent, UnitKind kind, String name, String city, Double latitude, Double longitude,
			boolean online, List<String> languages) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return new NewUnit(parent, kind, slug, name, "US", "MA", city, latitude, longitude, online, languages);
	}

	private static NewMeeting meeting(UnitId group, String title, String rule, MeetingFormat format,
			List<String> languages, Set<Audience> audiences, Set<Accessibility> accessibility) {
		return new NewMeeting(group, title, rule, LocalDate.of(2026, 1, 1), LocalTime.of(10, 0), Duration.ofMinutes(90),
				"America/New_York", format, languages, audiences, accessibility);
	}

	/** The JSON of a successful GET. */
	static JsonNode json(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return HsdsSchemas.parse(body);
	}

	static List<String> ids(JsonNode page) {
		return page.get("contents").valueStream().map(o -> o.get("id").asString()).toList();
	}

}
