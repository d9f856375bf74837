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
import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Area Administrators list the lactation consultants and doctors of their area who agreed
 * to be listed; families then find them near a place (an IBCLC with the number to check),
 * and they disappear when the listing is removed. Leaders and administrators of other
 * areas may not touch them.
 */
@LatchWebTest
class ManageProfessionalsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	HealthProfessionals professionals;

	ManageFixtures net;

	@BeforeEach
	void network() {
		this.net = new ManageFixtures(this.directory, this.accounts);
	}

	@Test
	void anAreaAdministratorListsAConsultantFamiliesFindUntilTheListingIsRemoved() throws Exception {
		assertThat(page(get("/manage"), this.net.adminA)).contains("/manage/professionals?unit=" + this.net.areaA);
		String name = "Rosa Delgado " + this.net.run;
		UUID listed = created(
				professional(post("/manage/professionals/new").param("unit", this.net.areaA.toString()), name));
		assertThat(page(get("/manage/professionals").param("unit", this.net.areaA.toString()), this.net.adminA))
			.contains(name, "/manage/professionals/" + listed);
		assertThat(find("12207")).contains(name, "Albany Lactation", "1 Care Plaza",
				Html.text(this.messages, "find.professionals.iblce", "en", "1234567"));

		this.mvc
			.perform(professional(post("/manage/professionals/" + listed), "Rosa Delgado-Ortiz " + this.net.run, "kind",
					"DOCTOR", "iblceNumber", "")
				.with(user(this.net.adminA)))
			.andExpect(status().is3xxRedirection());
		String edited = page(get("/manage/professionals/" + listed), this.net.adminA);
		assertThat(edited).contains("value=\"Rosa Delgado-Ortiz " + this.net.run + "\"")
			.contains(Html.text(this.messages, "manage.professional.consent.given", "en"));
		assertThat(find("12207")).contains("Rosa Delgado-Ortiz " + this.net.run)
			.doesNotContain(Html.text(this.messages, "find.professionals.iblce", "en", "1234567"));

		this.mvc.perform(post("/manage/professionals/" + listed + "/remove").with(user(this.net.adminA)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(find("12207")).doesNotContain("Rosa Delgado-Ortiz " + this.net.run);
		this.mvc.perform(get("/manage/professionals/" + listed).with(user(this.net.adminA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyInvalidFieldIsExplainedNextToItAndNothingIsSaved() throws Exception {
		long before = this.professionals.count();
		MockHttpServletRequestBuilder request = professional(
				post("/manage/professionals/new").param("unit", this.net.areaA.toString()), "", "kind", "IBCLC",
				"iblceNumber", "12ab5", "consent", "", "credentials", "c".repeat(101), "practice", "\u0000clinic",
				"country", "USA", "city", "", "latitude", "north", "phone", "call me", "website",
				"javascript:alert(1)");
		String page = this.mvc.perform(request.with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> expected = Map.ofEntries(Map.entry("name", "validation.required"),
				Map.entry("iblceNumber", "manage.professional.validation.iblce"),
				Map.entry("consent", "manage.professional.validation.consent"),
				Map.entry("credentials", "manage.validation.max.100"),
				Map.entry("practice", "manage.validation.characters"), Map.entry("country", "manage.validation.max.2"),
				Map.entry("city", "validation.required"), Map.entry("latitude", "manage.validation.coordinates"),
				Map.entry("phone", "manage.validation.phone"), Map.entry("website", "manage.validation.website"));
		expected.forEach((field, key) -> assertThat(page).as(field)
			.contains("<small id=\"" + field + "-error\" class=\"field-error\">" + Html.text(this.messages, key, "en")
					+ "</small>")
			.contains("<a href=\"#" + field + "\">"));
		String missingNumber = this.mvc
			.perform(professional(post("/manage/professionals/new").param("unit", this.net.areaA.toString()),
					"No Number " + this.net.run, "iblceNumber", "", "kind", "NURSE")
				.with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missingNumber).contains("<small id=\"kind-error\" class=\"field-error\">"
				+ Html.text(this.messages, "manage.professional.validation.kind", "en") + "</small>");
		assertThat(this.professionals.count()).isEqualTo(before);
	}

	@Test
	void leadersAndAdministratorsOfOtherAreasMayNotTouchTheListings() throws Exception {
		assertThat(page(get("/manage"), this.net.leaderA1)).doesNotContain("/manage/professionals");
		this.mvc
			.perform(get("/manage/professionals").param("unit", this.net.groupA1.toString())
				.with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
		ProfessionalId other = this.professionals
			.add(new NewProfessional(ProfessionalKind.DOCTOR, this.net.areaB, "Dr. Bayside " + this.net.run, null, null,
					null, null, "Corpus Christi", "TX", null, "US", 27.5, -97.5, null, null, List.of("en"), false));
		this.mvc.perform(get("/manage/professionals/" + other.value()).with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(professional(post("/manage/professionals/" + other.value()), "Taken Over")
				.with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/manage/professionals/" + other.value() + "/remove").with(user(this.net.adminA)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/manage/professionals/not-an-id").with(user(this.net.adminA)))
			.andExpect(status().isNotFound());
		assertThat(this.professionals.near(new GeoPoint(27.5, -97.5), 5)).extracting(ProfessionalView::name)
			.contains("Dr. Bayside " + this.net.run);
		this.professionals.remove(other);
	}

	private String find(String near) throws Exception {
		return this.mvc.perform(get("/find").param("near", near).param("radius", "20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return new ManagePages(this.mvc).page(request, username);
	}

	/** Posts as the area administrator; the id of the new entry. */
	private UUID created(MockHttpServletRequestBuilder request) throws Exception {
		return new ManagePages(this.mvc).created(request, this.net.adminA, "/manage/professionals");
	}

	/** A valid IBCLC form; {@code changes} replace fields as name/value pairs. */
	private static MockHttpServletRequestBuilder professional(MockHttpServletRequestBuilder request, String name,
			String... changes) {
		return ManagePages.form(request, Map.ofEntries(Map.entry("kind", "IBCLC"), Map.entry("name", name),
				Map.entry("credentials", "IBCLC, RN"), Map.entry("iblceNumber", "1234567"),
				Map.entry("practice", "Albany Lactation"), Map.entry("country", "US"), Map.entry("region", "NY"),
				Map.entry("city", "Albany"), Map.entry("streetAddress", "1 Care Plaza"),
				Map.entry("postalCode", "12207"), Map.entry("latitude", "42.6526"), Map.entry("longitude", "-73.7562"),
				Map.entry("phone", "+1 518 555 0150"), Map.entry("website", "https://care.example.org/"),
				Map.entry("consent", "true")), changes);
	}

}
