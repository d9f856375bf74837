package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.calendar.CampaignForms.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Organizers write a campaign's story in any of Latch's languages: visitors read it in
 * theirs when it was written, otherwise the original, marked with its language. The time
 * zone is chosen from a list, starting at the organizing unit's.
 */
@LatchWebTest
class CampaignStoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	CalendarFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new CalendarFixtures(this.context);
	}

	@Test
	void visitorsReadTheStoryInTheirLanguageOrTheOriginalMarkedWithItsLanguage() throws Exception {
		MockHttpServletResponse created = as(this.mvc, this.fixtures.organizerAdmin,
				post("/campaigns/new").param("organizer", this.fixtures.organizer.toString())
					.param("name", "Caminhada " + this.fixtures.run)
					.param("story", "Caminhamos pelo leite doado.")
					.param("storyLanguage", "pt-BR")
					.param("story-en", "We walk for donor milk.")
					.param("story-es", "")
					.param("day", LocalDate.now(this.clock).plusDays(50).toString())
					.param("zone", "America/Sao_Paulo")
					.param("published", "true"));
		assertThat(created.getStatus()).isEqualTo(302);
		String campaign = created.getRedirectedUrl().replace("?saved=1", "");

		assertThat(page(campaign, "en")).contains("We walk for donor milk.")
			.doesNotContain("Caminhamos")
			.doesNotContain("<div lang=");
		assertThat(page(campaign, "pt-BR")).contains("<div>", "Caminhamos pelo leite doado.");
		assertThat(page(campaign, "ht")).contains("<div lang=\"pt-BR\">", "Caminhamos pelo leite doado.");

		String form = as(this.mvc, this.fixtures.organizerAdmin, get(campaign + "/edit")).getContentAsString();
		assertThat(form).contains("We walk for donor milk.</textarea>",
				"<option value=\"America/Sao_Paulo\" selected>");
		assertThat(as(this.mvc, this.fixtures.organizerAdmin,
				post(campaign + "/edit").param("name", "Caminhada " + this.fixtures.run)
					.param("story", "Caminhamos pelo leite doado.")
					.param("storyLanguage", "pt-BR")
					.param("story-en", "")
					.param("day", LocalDate.now(this.clock).plusDays(50).toString())
					.param("zone", "America/Sao_Paulo")
					.param("published", "true"))
			.getStatus()).isEqualTo(302);
		assertThat(page(campaign, "en")).contains("<div lang=\"pt-BR\">", "Caminhamos pelo leite doado.");
	}

	@Test
	void theTimeZoneIsChosenFromAListGroupedByRegionStartingAtTheOrganizersZone() throws Exception {
		String form = as(this.mvc, this.fixtures.organizerAdmin, get("/campaigns/new").header("Accept-Language", "en"))
			.getContentAsString();

		assertThat(form)
			.contains("<select id=\"zone\" name=\"zone\"", "<optgroup label=\"Zones in the Americas\">",
					"<option value=\"America/New_York\" selected>New York</option>",
					"<option value=\"Europe/Paris\">Paris</option>", "<option value=\"UTC\">")
			.doesNotContain("US/Eastern");
	}

	private String page(String campaign, String language) throws Exception {
		return this.mvc.perform(get(campaign).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
