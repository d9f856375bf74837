package org.latch.partner.benefit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The partner directory's map: a partner in force is a point in the country it names
 * (Bahia, Brazil, here), drawn by Leaflet from the list, which stays complete; no tile
 * server is asked unless the operator configured one.
 */
@LatchWebTest
@Tag("persistence")
class PartnerDirectoryMapTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Test
	void aPartnerInForceIsAPointInItsCountryOnTheDirectorysMap() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "en", "Mapped Circle");
		String page = this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/webjars/leaflet/dist/leaflet.js")
			.contains("/js/partners.js")
			.contains("id=\"partner-map\"")
			.doesNotContain("data-tiles=\"http")
			.doesNotContain("https://tile");
		Matcher point = Pattern
			.compile("<li data-lat=\"(-?[0-9.]+)\" data-lon=\"(-?[0-9.]+)\"><article>\\s*<h2><a[^>]*>"
					+ Pattern.quote(partner.name))
			.matcher(page);
		assertThat(point.find()).as("the partner's point in the list").isTrue();
		assertThat(Double.parseDouble(point.group(1))).as("latitude in Brazil").isBetween(-34.0, 6.0);
		assertThat(Double.parseDouble(point.group(2))).as("longitude in Brazil").isBetween(-74.0, -34.0);
	}

	@Test
	void withNoPartnerToShowThereIsNoMap() throws Exception {
		String page = this.mvc.perform(get("/partners").param("region", "no such region anywhere"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("partner-map").doesNotContain("leaflet.js");
	}

}
