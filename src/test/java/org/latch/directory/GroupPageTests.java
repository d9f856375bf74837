package org.latch.directory;

import org.latch.platform.VisitorZone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.RealHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group page: who the group is, when it meets next in the visitor's time zone, how to
 * reach it, and the same facts as schema.org JSON-LD.
 */
@LatchWebTest
class GroupPageTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MessageSource messages;

	@Autowired
	LeaderProfiles leaders;

	@LocalServerPort
	int port;

	GroupFixtures network;

	@BeforeEach
	void network() {
		this.network = new GroupFixtures(this.directory, this.meetings);
	}

	@Test
	void theEnglishPageSaysWhoTheGroupIsWhereAndWhenItMeetsAndHowToReachIt() throws Exception {
		String page = page("/groups/" + this.network.bostonSlug() + "?lang=en");

		assertThat(page).contains("<h1>Back Bay Circle " + this.network.tag + "</h1>")
			.contains("Part of Harbor Area " + this.network.tag)
			.contains("We meet at the library.")
			.contains("10 Boylston Street<br>02116 Boston")
			.contains("2nd Tuesday of every month, " + time("10:00", "en") + " to " + time("11:30", "en")
					+ " (New York time)")
			.contains("Parents of newborns", "Step-free access", "In person or online")
			.contains("mailto:backbay@example.org", "tel:+16175550100", "https://backbay.example.org")
			.contains("href=\"/help\"", Html.text(this.messages, "help.title", "en"))
			.contains("href=\"/calendar/groups/" + this.network.bostonSlug() + ".ics\" download")
			.contains("href=\"webcal://localhost:8080/calendar/groups/" + this.network.bostonSlug() + ".ics\"")
			.contains("http://localhost:8080/calendar/groups/" + this.network.bostonSlug() + ".ics")
			.contains("href=\"/calendar/areas/" + this.network.areaSlug() + ".ics\"")
			.contains(text("group.zone.group", "en", "New York time"));
		List<ZonedDateTime> next = nextStarts(this.network.boston);
		assertThat(next).hasSize(GroupPages.NEXT_MEETINGS);
		assertThat(page).contains(date(next.getFirst(), "en") + ", from " + time("10:00", "en"))
			.contains(date(next.getLast(), "en"));
	}

	@Test
	void listedLeadersAppearWithOnlyTheContactDetailsTheyChoseToShare() throws Exception {
		java.util.UUID nadege = java.util.UUID.randomUUID();
		java.util.UUID quiet = java.util.UUID.randomUUID();
		java.util.UUID hidden = java.util.UUID.randomUUID();
		this.leaders.leads(nadege, "Nadège " + this.network.tag, List.of("ht", "fr"), this.network.boston);
		this.leaders.update(nadege, new LeaderProfileInput("Nadège " + this.network.tag, List.of("ht", "fr"),
				"Lidè depi 2019.", null, "+1 (617) 555-0199", true));
		this.leaders.leads(quiet, "Quiet " + this.network.tag, List.of("en"), this.network.boston);
		this.leaders.leads(hidden, "Hidden " + this.network.tag, List.of("en"), this.network.boston);
		this.leaders.update(hidden, new LeaderProfileInput("Hidden " + this.network.tag, List.of("en"), null,
				"h@example.org", null, false));

		String page = page("/groups/" + this.network.bostonSlug() + "?lang=en");

		assertThat(page).contains(text("group.leaders", "en"))
			.contains("Nadège " + this.network.tag, "Kreyòl ayisyen, Français", "Lidè depi 2019.")
			.contains("href=\"tel:+16175550199\"")
			.contains("Quiet " + this.network.tag)
			.doesNotContain("Hidden " + this.network.tag)
			.doesNotContain("h@example.org");
	}

	@Test
	void theSpanishPageDescribesTheRuleInSpanishAndFallsBackToTheGroupsLanguageMarkedWithLang() throws Exception {
		String spanish = page("/groups/" + this.network.bostonSlug() + "?lang=es");
		assertThat(spanish).contains("<html lang=\"es\">")
			.contains("Nos reunimos en la biblioteca.")
			.doesNotContain("We meet at the library.")
			.contains("El segundo martes de cada mes, de 10:00 a 11:30 (hora de New York)")
			.contains("Familias con recién nacidos")
			.contains(date(nextStarts(this.network.boston).getFirst(), "es"));

		String online = page("/groups/" + this.network.onlineSlug() + "?lang=fr");
		assertThat(online).contains("<p lang=\"pt-BR\">Encontros pela internet.</p>")
			.contains("Chaque semaine, le mercredi et samedi, de 19:00 à 20:00 (heure de Sao Paulo)")
			.contains(text("group.where.online", "fr"));
	}

	@Test
	void portugueseOrdinalsAgreeWithTheDayAndHaitianDatesUseHaitianNames() throws Exception {
		this.meetings.schedule(new NewMeeting(this.network.boston, "Sábado", "FREQ=MONTHLY;BYDAY=1SA",
				LocalDate.of(2026, 1, 1), LocalTime.of(9, 0), java.time.Duration.ofMinutes(60), "America/New_York",
				MeetingFormat.IN_PERSON, List.of("en"), java.util.Set.of(), java.util.Set.of()));
		this.meetings.schedule(new NewMeeting(this.network.boston, "Last", "FREQ=MONTHLY;BYDAY=-1FR",
				LocalDate.of(2026, 1, 1), LocalTime.of(9, 0), java.time.Duration.ofMinutes(60), "America/New_York",
				MeetingFormat.IN_PERSON, List.of("en"), java.util.Set.of(), java.util.Set.of()));

		String portuguese = page("/groups/" + this.network.bostonSlug() + "?lang=pt-BR");
		assertThat(portuguese).contains("Segunda terça-feira de cada mês, das 10:00 às 11:30 (horário de New York)")
			.contains("Primeiro sábado de cada mês")
			.contains("Última sexta-feira de cada mês");

		String haitian = page("/groups/" + this.network.bostonSlug() + "?lang=ht");
		assertThat(haitian).contains("Dezyèm madi nan chak mwa").contains("Premye samdi nan chak mwa");
		assertThat(haitian)
			.containsPattern(
					"madi \\d{1,2} (janvye|fevriye|mas|avril|me|jen|jiyè|out|septanm|oktòb|novanm|desanm) 20\\d\\d")
			.doesNotContain("mardi");
	}

	@Test
	void aVisitorInLosAngelesSeesTheBostonMeetingThreeHoursEarlierWithBothZonesNamed() throws Exception {
		String page = page("/groups/" + this.network.bostonSlug() + "?lang=en&tz=America/Los_Angeles");

		ZonedDateTime first = nextStarts(this.network.boston).getFirst();
		ZonedDateTime there = first.withZoneSameInstant(ZoneId.of("America/Los_Angeles"));
		assertThat(there.toLocalTime()).isEqualTo(first.toLocalTime().minusHours(3));
		assertThat(page)
			.contains(date(there, "en") + ", from " + time("07:00", "en") + " to " + time("08:30", "en")
					+ "</time> (Los Angeles time, UTC" + offset(there) + ")")
			.contains("Where the group meets: " + date(first, "en") + ", from " + time("10:00", "en") + " to "
					+ time("11:30", "en") + " (New York time, UTC" + offset(first) + ")")
			.contains(text("group.zone.visitor", "en", "Los Angeles time"))
			.contains("data-time-zone=\"America/Los_Angeles\"")
			.contains("datetime=\"" + first.withZoneSameInstant(ZoneId.of("America/Los_Angeles")).toOffsetDateTime()
					+ "\"");
	}

	@Test
	void theZoneCookieSetByTheBrowserScriptIsUsedWhenNoZoneIsAsked() throws Exception {
		String page = this.mvc
			.perform(get("/groups/" + this.network.bostonSlug()).param("lang", "en")
				.cookie(new Cookie(VisitorZone.COOKIE, "Europe%2FParis")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ZonedDateTime first = nextStarts(this.network.boston).getFirst();
		ZonedDateTime paris = first.withZoneSameInstant(ZoneId.of("Europe/Paris"));
		assertThat(page).contains(date(paris, "en") + ", from " + time(paris.toLocalTime().toString(), "en"))
			.contains("(Paris time, UTC" + offset(paris) + ")")
			.contains("(New York time, UTC" + offset(first) + ")");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mars/Olympus_Mons", "+05:00", "<script>alert(1)</script>", "../../etc/passwd", "" })
	void aTimeZoneThatIsNotOneIsIgnoredWithAMessageNeverAnError(String zone) throws Exception {
		String page = page(get("/groups/" + this.network.bostonSlug()).param("lang", "en").param("tz", zone));

		String newYork = "(New York time, UTC" + offset(nextStarts(this.network.boston).getFirst()) + ")";
		assertThat(page).contains(newYork).doesNotContain("<script>alert(1)");
		if (!zone.isEmpty()) {
			assertThat(page).contains(text("group.zone.rejected", "en", zone));
		}
		String tooLong = page(get("/groups/" + this.network.bostonSlug()).param("tz", "A".repeat(5000)));
		assertThat(tooLong).contains(newYork).contains("“" + "A".repeat(64) + "…”");
	}

	@Test
	void cancelledDatesAreNotShownAndExtraDatesAre() throws Exception {
		List<ZonedDateTime> before = nextStarts(this.network.boston);
		LocalDate cancelled = before.getFirst().toLocalDate();
		LocalDate extra = before.get(1).toLocalDate().minusDays(3);
		this.meetings.cancel(this.network.monthly, cancelled);
		this.meetings.addExtraDate(this.network.monthly, extra, LocalTime.of(18, 0));

		String page = page("/groups/" + this.network.bostonSlug() + "?lang=en");

		assertThat(page).doesNotContain(date(before.getFirst(), "en"))
			.contains(date(extra.atStartOfDay(ZoneId.of("America/New_York")), "en") + ", from " + time("18:00", "en"))
			.contains("(" + text("group.next.extra", "en") + ")");
	}

	@Test
	void anUnknownSlugOrAUnitThatIsNotAGroupIsATranslated404() {
		for (String path : List.of("/groups/no-such-group-" + this.network.tag, "/groups/" + this.network.areaSlug(),
				"/groups/%3Cscript%3E")) {
			var response = RealHttp.get(this.port, path + "?lang=fr");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).contains(Html.text(this.messages, "error.404.title", "fr"));
		}
	}

	@Test
	void theJsonLdDescribesTheGroupAsAnOrganizationAndItsNextMeetingsAsFreeEvents() throws Exception {
		JsonNode graph = jsonLd(page("/groups/" + this.network.bostonSlug())).get("@graph");

		JsonNode organization = graph.get(0);
		assertThat(organization.get("@type").asString()).isEqualTo("Organization");
		assertThat(organization.get("name").asString()).isEqualTo("Back Bay Circle " + this.network.tag);
		assertThat(organization.at("/address/streetAddress").asString()).isEqualTo("10 Boylston Street");
		assertThat(organization.at("/address/postalCode").asString()).isEqualTo("02116");
		assertThat(organization.at("/geo/latitude").asDouble()).isEqualTo(42.3503);
		assertThat(organization.get("email").asString()).isEqualTo("backbay@example.org");
		assertThat(organization.at("/parentOrganization/name").asString()).isEqualTo("Harbor Area " + this.network.tag);
		List<ZonedDateTime> next = nextStarts(this.network.boston);
		assertThat(graph.size()).isEqualTo(1 + next.size());
		JsonNode event = graph.get(1);
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("startDate").asString()).isEqualTo(next.getFirst().toOffsetDateTime().toString());

		assertThat(event.get("endDate").asString())
			.isEqualTo(next.getFirst().plusMinutes(90).toOffsetDateTime().toString());
		assertThat(event.get("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/MixedEventAttendanceMode");
		assertThat(event.get("location").get(0).get("@type").asString()).isEqualTo("Place");
		assertThat(event.get("location").get(1).get("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(event.get("isAccessibleForFree").asBoolean()).isTrue();
		assertThat(event.get("inLanguage").get(1).asString()).isEqualTo("es");
		assertThat(event.at("/organizer/@id").asString()).isEqualTo(organization.get("@id").asString());

		JsonNode online = jsonLd(page("/groups/" + this.network.onlineSlug())).get("@graph");
		assertThat(online.get(1).get("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/OnlineEventAttendanceMode");
		assertThat(online.get(1).at("/location/@type").asString()).isEqualTo("VirtualLocation");
		assertThat(online.get(1).get("inLanguage").asString()).isEqualTo("pt-BR");
	}

	@Test
	void aNameWithScriptTagsCannotBreakOutOfTheJsonLd() throws Exception {
		String evil = "Evil </script><script>alert(1)</script> & <!-- Circle " + this.network.tag;
		UnitId group = this.directory.add(new NewUnit(this.network.area, UnitKind.GROUP, "evil-" + this.network.tag,
				evil, "US", "MA", "Boston", null, null, false, List.of("en")));
		this.meetings.schedule(new NewMeeting(group, "</script>", "FREQ=WEEKLY;BYDAY=MO", LocalDate.of(2026, 1, 1),
				LocalTime.of(10, 0), java.time.Duration.ofMinutes(60), "America/New_York", MeetingFormat.IN_PERSON,
				List.of("en"), java.util.Set.of(), java.util.Set.of()));

		String page = page("/groups/evil-" + this.network.tag);

		assertThat(page).doesNotContain("<script>alert(1)");
		JsonNode graph = jsonLd(page).get("@graph");
		assertThat(graph.get(0).get("name").asString()).isEqualTo(evil);
		assertThat(graph.get(1).get("name").asString()).isEqualTo("</script> · " + evil);
	}

	private String page(String path) throws Exception {
		return page(get(path));
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** A message as JTE writes it in text (apostrophes and quotes stay as they are). */
	private String text(String key, String tag, Object... args) {
		return Html.text(this.messages, key, tag, args).replace("&#39;", "'").replace("&#34;", "\"");
	}

	private static JsonNode jsonLd(String page) {
		Matcher matcher = JSON_LD.matcher(page);
		assertThat(matcher.find()).as("a JSON-LD block").isTrue();
		JsonNode document = JsonMapper.builder().build().readTree(matcher.group(1));
		assertThat(matcher.find()).as("only one JSON-LD block").isFalse();
		assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
		return document;
	}

	private List<ZonedDateTime> nextStarts(UnitId group) {
		List<ZonedDateTime> starts = new ArrayList<>();
		this.meetings.nextOccurrences(group, ZonedDateTime.now(), GroupPages.NEXT_MEETINGS)
			.forEach(o -> starts.add(o.start()));
		return starts;
	}

	/** "−05:00" as the page writes offsets (with a minus sign, not a hyphen). */
	private static String offset(ZonedDateTime at) {
		String id = at.getOffset().getId();
		return id.equals("Z") ? "+00:00" : id.replace('-', '−');
	}

	private static String time(String time, String tag) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(Locale.forLanguageTag(tag))
			.format(LocalTime.parse(time));
	}

	private static String date(ZonedDateTime day, String tag) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.forLanguageTag(tag)).format(day);
	}

}
