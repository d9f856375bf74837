package org.latch.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Area Administrators add and edit the milk banks and depots of their area, which then
 * appear on the find page (a depot without its street address); Leaders and
 * administrators of other areas may not touch them.
 */
@LatchWebTest
class ManageMilkPlacesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MilkPlaces places;

	ManageFixtures net;

	@BeforeEach
	void network() {
		this.net = new ManageFixtures(this.directory, this.accounts);
	}

	@Test
	void anAreaAdministratorAddsABankAndADepotThatFamiliesFindNearby() throws Exception {
		assertThat(page(get("/manage"), this.net.adminA)).contains("/manage/milk-places?unit=" + this.net.areaA);
		String bankName = "Capital Milk Bank " + this.net.run;
		UUID bank = created(place(post("/manage/milk-places/new").param("unit", this.net.areaA.toString()), bankName));
		String depotName = "Riverside Milk Depot " + this.net.run;
		String hidden = "5 Hidden Lane " + this.net.run;
		String form = page(get("/manage/milk-places/new").param("unit", this.net.areaA.toString()), this.net.adminA);
		assertThat(form).contains("<option value=\"" + bank + "\"")
			.contains(Html.text(this.messages, "manage.milk.depot.private", "en"));
		UUID depot = created(place(post("/manage/milk-places/new").param("unit", this.net.areaA.toString()), depotName,
				"kind", "MILK_DEPOT", "bank", bank.toString(), "streetAddress", hidden, "latitude", "", "longitude",
				""));

		String list = page(get("/manage/milk-places").param("unit", this.net.areaA.toString()), this.net.adminA);
		assertThat(list).contains(bankName, depotName, "/manage/milk-places/" + depot);
		String find = this.mvc.perform(get("/find").param("near", "12207").param("radius", "20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(find).contains(bankName, "1 Bank Plaza", depotName).doesNotContain(hidden);

		this.mvc
			.perform(place(post("/manage/milk-places/" + bank), "Capital Region Milk Bank " + this.net.run)
				.with(user(this.net.adminA)))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/manage/milk-places/" + bank), this.net.adminA))
			.contains("value=\"Capital Region Milk Bank " + this.net.run + "\"");
		assertThat(page(get("/manage/milk-places/" + depot), this.net.adminA)).contains("value=\"" + hidden + "\"");
	}

	@Test
	void everyInvalidFieldIsExplainedNextToItAndNothingIsSaved() throws Exception {
		long before = this.places.count();
		MockHttpServletRequestBuilder request = place(
				post("/manage/milk-places/new").param("unit", this.net.areaA.toString()), "", "kind", "MILK_DEPOT",
				"bank", "", "country", "USA", "region", "N Y!", "city", "x".repeat(121), "streetAddress",
				"y".repeat(201), "postalCode", "<12>", "latitude", "north", "phone", "call me", "website",
				"ftp://example.org/")
			.param("languages", "xx");
		String page = this.mvc.perform(request.with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> expected = Map.ofEntries(Map.entry("name", "validation.required"),
				Map.entry("country", "manage.validation.max.2"), Map.entry("region", "manage.validation.region"),
				Map.entry("city", "manage.validation.max.120"), Map.entry("streetAddress", "manage.validation.max.200"),
				Map.entry("postalCode", "manage.validation.postalCode"),
				Map.entry("latitude", "manage.validation.coordinates"), Map.entry("phone", "manage.validation.phone"),
				Map.entry("website", "manage.validation.website"),
				Map.entry("languages", "validation.meeting.language"),
				Map.entry("bank", "manage.milk.validation.bank.required"));
		expected.forEach((field, key) -> assertThat(page).as(field)
			.contains("<small id=\"" + field + "-error\" class=\"field-error\">" + Html.text(this.messages, key, "en")
					+ "</small>")
			.contains("<a href=\"#" + field + "\">"));
		assertThat(this.places.count()).isEqualTo(before);

		UUID bank = created(place(post("/manage/milk-places/new").param("unit", this.net.areaA.toString()),
				"Unchanged Bank " + this.net.run));
		this.mvc
			.perform(place(post("/manage/milk-places/" + bank), "z".repeat(201), "kind", "MILK_SHOP")
				.with(user(this.net.adminA)))
			.andExpect(status().isOk());
		assertThat(page(get("/manage/milk-places/" + bank), this.net.adminA))
			.contains("value=\"Unchanged Bank " + this.net.run + "\"");
	}

	@Test
	void leadersManageNoMilkPlaces() throws Exception {
		assertThat(page(get("/manage"), this.net.leaderA1)).doesNotContain("/manage/milk-places");
		for (UnitId unit : List.of(this.net.groupA1, this.net.areaA)) {
			this.mvc.perform(get("/manage/milk-places").param("unit", unit.toString()).with(user(this.net.leaderA1)))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(place(post("/manage/milk-places/new").param("unit", this.net.groupA1.toString()), "Leader Bank")
				.with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorOfAnotherAreaMayNotEditItsPlaces() throws Exception {
		MilkPlaceId bank = bankOfAreaB("Bayside Milk Bank " + this.net.run);
		this.mvc.perform(get("/manage/milk-places/" + bank.value()).with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(place(post("/manage/milk-places/" + bank.value()), "Taken Over").with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/manage/milk-places").param("unit", this.net.areaB.toString()).with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/manage/milk-places/" + UUID.randomUUID()).with(user(this.net.adminA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/manage/milk-places/not-an-id").with(user(this.net.adminA)))
			.andExpect(status().isNotFound());
		assertThat(this.places.near(new org.latch.geo.GeoPoint(27.5, -97.5), 5)).extracting(MilkPlaceView::name)
			.contains("Bayside Milk Bank " + this.net.run);
	}

	@Test
	void aDepotMayOnlyNameABankTheAdministratorSees() throws Exception {
		MilkPlaceId other = bankOfAreaB("Faraway Milk Bank " + this.net.run);
		long before = this.places.count();
		String form = page(get("/manage/milk-places/new").param("unit", this.net.areaA.toString()), this.net.adminA);
		assertThat(form).doesNotContain(other.value().toString());
		String page = this.mvc
			.perform(place(post("/manage/milk-places/new").param("unit", this.net.areaA.toString()),
					"Sneaky Depot " + this.net.run, "kind", "MILK_DEPOT", "bank", other.value().toString())
				.with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<small id=\"bank-error\" class=\"field-error\">"
				+ Html.text(this.messages, "manage.milk.validation.bank", "en") + "</small>");
		assertThat(this.places.count()).isEqualTo(before);
	}

	private MilkPlaceId bankOfAreaB(String name) {
		return this.places.add(new NewMilkPlace(MilkPlaceKind.MILK_BANK, this.net.areaB, null, name, "1 Bay Road",
				"Corpus Christi", "TX", "78401", "US", 27.5, -97.5, null, null, List.of("en")));
	}

	private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return new ManagePages(this.mvc).page(request, username);
	}

	/** Posts as the area administrator; the id of the new entry. */
	private UUID created(MockHttpServletRequestBuilder request) throws Exception {
		return new ManagePages(this.mvc).created(request, this.net.adminA, "/manage/milk-places");
	}

	/** A valid milk bank form; {@code changes} replace fields as name/value pairs. */
	private static MockHttpServletRequestBuilder place(MockHttpServletRequestBuilder request, String name,
			String... changes) {
		return ManagePages.form(request,
				Map.ofEntries(Map.entry("kind", "MILK_BANK"), Map.entry("name", name), Map.entry("country", "US"),
						Map.entry("region", "NY"), Map.entry("city", "Albany"),
						Map.entry("streetAddress", "1 Bank Plaza"), Map.entry("postalCode", "12207"),
						Map.entry("latitude", "42.6526"), Map.entry("longitude", "-73.7562"),
						Map.entry("phone", "+1 518 555 0140"), Map.entry("website", "https://milk.example.org/")),
				changes);
	}

}
