package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A Leader sets how they take requests; every wrong value is explained next to its field
 * and nothing is saved until all are right. Tagged {@code persistence}.
 */
@LatchWebTest
@Tag("persistence")
class HelperTermsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	HelpNetwork network;

	@BeforeEach
	void network(@Autowired DirectoryManagement directory, @Autowired AccountManagement accounts,
			@Autowired HelpViewers viewers, @Autowired HelperSettings settings) {
		this.network = new HelpNetwork(directory, accounts, viewers, settings);
	}

	@Test
	void aLeaderTakesFewerRequestsOnWeekdaysOnlyAndNoneOnline() throws Exception {
		String page = this.mvc.perform(get("/leader/help/settings").with(user(this.network.near)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"40\"", "value=\"10\"");
		// (this Leader's requests stay within this test's network: other tests' families
		// must not be offered to them, so they take no online requests)
		String saved = this.mvc
			.perform(post("/leader/help/settings").param("accepting", "true")
				.param("reachKm", "25")
				.param("monthlyCap", "4")
				.param("weekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
				.param("awayUntil", "2026-12-31")
				.with(user(this.network.near))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(saved).isEqualTo("/leader/help/settings?saved=1");
		var row = this.jdbc.queryForMap(
				"select h.reach_km, h.monthly_cap, h.weekdays, h.takes_online, cast(h.away_until as varchar) away from help_helper h join account a on a.id = h.person_id where a.email = ?",
				this.network.near);
		assertThat(row).containsEntry("reach_km", 25)
			.containsEntry("monthly_cap", 4)
			.containsEntry("weekdays", "1,2,3,4,5")
			.containsEntry("takes_online", false)
			.containsEntry("away", "2026-12-31");
		assertThat(this.mvc.perform(get(saved).with(user(this.network.near).roles("LEADER")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(Html.text(this.messages, "helper.saved", "en"), "value=\"25\"");
	}

	@Test
	void wrongValuesAreExplainedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		String before = terms();
		var response = this.mvc
			.perform(post("/leader/help/settings").param("accepting", "true")
				.param("reachKm", "<script>")
				.param("monthlyCap", "5000")
				.param("awayUntil", "31/12/2026")
				.with(user(this.network.near))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString())
			.contains("id=\"reachKm-error\"", "id=\"monthlyCap-error\"", "id=\"weekdays-error\"",
					"id=\"awayUntil-error\"")
			.contains(Html.text(this.messages, "validation.helper.reach", "en"),
					Html.text(this.messages, "validation.helper.days", "en"))
			.doesNotContain("<script>");
		assertThat(this.mvc
			.perform(post("/leader/help/settings").param("accepting", "maybe")
				.param("weekdays", "FUNDAY")
				.with(user(this.network.near))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isBetween(400, 499);
		assertThat(terms()).isEqualTo(before);
	}

	@Test
	void theNightlyRefreshCopiesTheGroupsPlaceAgainAndStopsOffersToSomeoneWithoutARole(
			@Autowired HelperSettings settings) {
		this.jdbc.update("""
				update help_helper set latitude = 0, longitude = 0, area_id = null
				where person_id = (select id from account where email = ?)
				""", this.network.near);
		UUID stranger = UUID.randomUUID();
		this.jdbc.update("""
				insert into help_helper (person_id, email, display_name, mail_language, languages, accepting,
				takes_online, reach_km, monthly_cap, weekdays, time_zone, updated_at)
				values (?, ?, 'Gone', 'en', ',en,', true, false, 40, 10, '1,2,3,4,5,6,7', 'UTC', current_timestamp)
				""", stranger, "gone-" + stranger + "@example.org");

		assertThat(settings.refreshAll(Instant.now())).isGreaterThanOrEqualTo(4);

		var near = this.jdbc.queryForMap("""
				select h.latitude, h.longitude, h.area_id from help_helper h join account a on a.id = h.person_id
				where a.email = ?
				""", this.network.near);
		assertThat((Double) near.get("latitude")).isCloseTo(this.network.latitude, within(1e-6));
		assertThat((Double) near.get("longitude")).isCloseTo(this.network.longitude, within(1e-6));
		assertThat(near.get("area_id")).isEqualTo(this.network.area.value());
		assertThat(this.jdbc.queryForObject("select accepting from help_helper where person_id = ?", Boolean.class,
				stranger))
			.as("no account, no role: no more offers")
			.isFalse();
		this.jdbc.update("delete from help_helper where person_id = ?", stranger);
	}

	private String terms() {
		return this.jdbc
			.queryForMap("select h.* from help_helper h join account a on a.id = h.person_id where a.email = ?",
					this.network.near)
			.toString();
	}

}
