package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Find support near me": groups near a place, nearest first, filtered by language,
 * online groups apart, and no input ever breaks the page. Each test makes its own groups,
 * named with a word no other group has, and searches for that word.
 */
@LatchWebTest
class FindTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MessageSource messages;

	String tag;

	@BeforeEach
	void uniqueWord() {
		this.tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@Test
	void groupsNearAPlaceAreListedNearestFirstWithTheirDistance() throws Exception {
		group("Worcester " + this.tag + " Circle", "Worcester", 42.2626, -71.8023, "en");
		group("Back Bay " + this.tag + " Circle", "Boston", 42.3503, -71.0810, "en");
		group("Springfield " + this.tag + " Circle", "Springfield", 42.1015, -72.5898, "en");

		String page = find("near", "Boston, MA", "radius", "60", "q", this.tag);

		assertThat(page).contains("Back Bay " + this.tag, "Worcester " + this.tag)
			.doesNotContain("Springfield " + this.tag);
		assertThat(page.indexOf("Back Bay " + this.tag)).isLessThan(page.indexOf("Worcester " + this.tag));
		assertThat(page).containsPattern("\\d+\\.\\d miles away");
		assertThat(this.directory
			.findGroups(new FindQuery(this.tag, new org.latch.geo.GeoPoint(42.3601, -71.0589), 100, null,
					FindMode.IN_PERSON, 1))
			.inPerson()).extracting(FoundGroup::name, g -> g.distanceKm() < 60)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Back Bay " + this.tag + " Circle", true),
					org.assertj.core.groups.Tuple.tuple("Worcester " + this.tag + " Circle", false));
	}

	@Test
	void groupsMeetingAtTheSameAddressAreListedByName() throws Exception {
		group("Cedar " + this.tag, "Boston", 42.3467, -71.0972, "en");
		group("alder " + this.tag, "Boston", 42.3467, -71.0972, "en");
		group("Ébène " + this.tag, "Boston", 42.3467, -71.0972, "en");
		group("Birch " + this.tag, "Boston", 42.3467, -71.0972, "en");

		assertThat(this.directory
			.findGroups(new FindQuery(this.tag, new org.latch.geo.GeoPoint(42.3601, -71.0589), 20, null,
					FindMode.IN_PERSON, 1))
			.inPerson()).extracting(FoundGroup::name)
			.containsExactly("alder " + this.tag, "Birch " + this.tag, "Cedar " + this.tag, "Ébène " + this.tag);
	}

	@Test
	void theLanguageFilterKeepsGroupsSpeakingIt() throws Exception {
		group("Dorchester Kreyol " + this.tag, "Boston", 42.3016, -71.0676, "en", "ht");
		group("Dorchester English " + this.tag, "Boston", 42.3016, -71.0676, "en");

		String page = find("near", "02125", "language", "ht", "q", this.tag);

		assertThat(page).contains("Dorchester Kreyol " + this.tag, "Kreyòl ayisyen")
			.doesNotContain("Dorchester English " + this.tag);
	}

	@Test
	void onlineGroupsAreListedApartFromThoseMeetingInPerson() throws Exception {
		group("Cambridge " + this.tag, "Cambridge", 42.3736, -71.1097, "en");
		this.directory.add(new NewUnit(null, UnitKind.GROUP, "online-" + this.tag, "Evening Online " + this.tag, null,
				null, null, null, null, true, List.of("es")));

		String page = find("near", "Boston, MA", "q", this.tag);

		String online = page.substring(page.indexOf("id=\"online-heading\""));
		String inPerson = page.substring(page.indexOf("id=\"in-person-heading\""),
				page.indexOf("id=\"online-heading\""));
		assertThat(inPerson).contains("Cambridge " + this.tag).doesNotContain("Evening Online " + this.tag);
		assertThat(online).contains("Evening Online " + this.tag, "Español").doesNotContain("Cambridge " + this.tag);
		assertThat(find("near", "Boston, MA", "q", this.tag, "mode", "in-person"))
			.doesNotContain("Evening Online " + this.tag);
		assertThat(find("q", this.tag, "mode", "online", "language", "en"))
			.doesNotContain("Evening Online " + this.tag);
	}

	@Test
	void placesAndWordsMatchWithoutAccents() throws Exception {
		group("Roda de Amamentação " + this.tag, "São Paulo", -23.5505, -46.6333, "pt-BR");

		assertThat(find("near", "Sao Paulo", "q", this.tag)).contains("Roda de Amamentação " + this.tag)
			.containsPattern("<br>[0-4]\\.\\d km away");
		assertThat(find("q", "sao paulo amamentacao " + this.tag)).contains("Roda de Amamentação " + this.tag);
	}

	@Test
	void wordsFromAGroupsDescriptionInAnyLanguageFindIt() throws Exception {
		group("Lowell Circle " + this.tag, "Lowell", 42.6334, -71.3162, "en", "pt-BR");
		UnitId lowell = this.directory.findBySlug(("Lowell Circle " + this.tag).toLowerCase().replace(' ', '-'))
			.orElseThrow()
			.id();
		this.directory.describe(lowell, new UnitProfile(null, null, null, null, null,
				java.util.Map.of("pt-BR", "Encontros para famílias com gêmeos " + this.tag)));

		assertThat(find("q", "gemeos " + this.tag)).contains("Lowell Circle " + this.tag);
		assertThat(find("q", "trigemeos " + this.tag)).doesNotContain("Lowell Circle " + this.tag);
	}

	@Test
	void anUnknownPlaceIsAFieldErrorNotAFailure() throws Exception {
		this.mvc.perform(get("/find").param("near", "Qwxzyville Nowhere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"near-error\"")))
			.andExpect(content().string(containsString(Html.text(this.messages, "find.near.not-found", "en"))))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@ParameterizedTest
	@CsvSource({ "radius,abc", "radius,-4", "radius,99999999999", "radius,100000", "page,0", "page,-3", "page,x",
			"page,99999999", "mode,sideways", "language,klingon", "near,'" + "'" })
	void nonsenseInTheAddressBarStillGivesAPage(String name, String value) throws Exception {
		this.mvc.perform(get("/find").param(name, value)).andExpect(status().isOk());
	}

	@Test
	void aRadiusOutsideTheAllowedRangeIsClamped() throws Exception {
		group("Provincetown " + this.tag, "Provincetown", 42.0584, -70.1786, "en");

		assertThat(find("near", "Boston, MA", "radius", "100000", "unit", "km", "q", this.tag))
			.contains("Provincetown " + this.tag)
			.contains("<option value=\"500\" selected>");
		assertThat(find("near", "Boston, MA", "radius", "100000", "unit", "mi", "q", this.tag))
			.contains("<option value=\"311\" selected>");
		assertThat(find("near", "Boston, MA", "radius", "1", "q", this.tag)).doesNotContain("Provincetown " + this.tag)
			.contains(Html.text(this.messages, "find.empty.in-person", "en"));
	}

	@Test
	void theFormIsTranslated() throws Exception {
		this.mvc.perform(get("/find").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(Html.text(this.messages, "find.near", "es"))))
			.andExpect(content().string(containsString(Html.text(this.messages, "find.mode.online", "es"))))
			.andExpect(content().string(containsString(Html.text(this.messages, "find.submit", "es"))))
			.andExpect(content().string(not(containsString(Html.text(this.messages, "find.submit", "en")))));
	}

	@Test
	void distancesAreWrittenTheLocalWay() throws Exception {
		group("Jamaica Plain " + this.tag, "Boston", 42.3097, -71.1151, "en");

		this.mvc.perform(get("/find").param("lang", "fr").param("near", "Boston, MA").param("q", this.tag))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*À \\d+,\\d milles.*")));
		this.mvc.perform(
				get("/find").param("lang", "fr").param("near", "Boston, MA").param("unit", "km").param("q", this.tag))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*À \\d+,\\d km.*")));
	}

	@Test
	void distancesAreInMilesWhereTheVisitorOrThePlaceUsesMiles() throws Exception {
		group("Curitiba " + this.tag, "Curitiba", -25.4284, -49.2733, "pt-BR");
		group("Cambridge UK " + this.tag, "Cambridge", 52.2053, 0.1218, "en");

		assertThat(find("near", "Curitiba, BR", "q", this.tag)).contains("km away").doesNotContain("miles away");
		assertThat(find("near", "Cambridge, GB", "q", this.tag)).contains("miles away");
		String fromUs = this.mvc
			.perform(get("/find").header("Accept-Language", "es-US, es;q=0.9")
				.locale(java.util.Locale.forLanguageTag("es-US"))
				.param("near", "Curitiba, BR")
				.param("q", this.tag))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fromUs).contains("Curitiba " + this.tag).containsPattern("\\d millas");
	}

	@Test
	void groupsLinkToTheirPagesAndFoundPlacesFeedTheMap() throws Exception {
		group("Quincy " + this.tag, "Quincy", 42.2529, -71.0023, "en");

		String page = find("near", "02169", "q", this.tag);

		assertThat(page).contains("href=\"/groups/quincy-" + this.tag + "\"")
			.contains("data-lat=\"42.25290\" data-lon=\"-71.00230\"")
			.contains("id=\"find-map\"");
		assertThat(find("q", this.tag)).doesNotContain("id=\"find-map\"");
	}

	@Test
	void anEmptyResultOffersAWiderSearchAndTheOnlineGroups() throws Exception {
		group("Nantucket " + this.tag, "Nantucket", 41.2835, -70.0995, "en");

		String page = find("near", "Boston, MA", "radius", "25", "unit", "mi", "q", this.tag);

		assertThat(page).contains(Html.text(this.messages, "find.empty.wider", "en"))
			.contains("radius=100&amp;unit=mi")
			.contains("href=\"#online-heading\"");
		assertThat(find("near", "Boston, MA", "radius", "100", "unit", "mi", "q", this.tag))
			.contains("Nantucket " + this.tag);
	}

	@Test
	void anUnknownPlaceSuggestsPlacesWithASimilarName() throws Exception {
		String page = find("near", "Portlan");

		assertThat(page).contains(Html.text(this.messages, "find.near.did-you-mean", "en"))
			.contains("Portland, ME")
			.contains("Portland, OR");
	}

	@Test
	void placeSuggestionsArriveAsOptionsWhileTyping() throws Exception {
		assertThat(at("/find/places", "near", "Sao Pa")).contains("<option value=\"São Paulo, BR\">");
		assertThat(at("/find/places", "near", "x")).doesNotContain("<option");
	}

	private void group(String name, String city, double latitude, double longitude, String... languages) {
		this.directory.add(new NewUnit(null, UnitKind.GROUP, name.toLowerCase().replace(' ', '-'), name, "US", null,
				city, latitude, longitude, false, List.of(languages)));
	}

	private String find(String... params) throws Exception {
		return at("/find", params);
	}

	private String at(String path, String... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
