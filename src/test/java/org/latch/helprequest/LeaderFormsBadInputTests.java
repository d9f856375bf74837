package org.latch.helprequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Naughty values in every field of the Leaders' and administrators' forms, hidden ones
 * included: refused with a 4xx, or kept as text and shown escaped; never a 500, and the
 * request's state does not change.
 */
@LatchWebTest
@Tag("persistence")
class LeaderFormsBadInputTests {

	static final List<String> NAUGHTY = List.of("<script>alert(1)</script>", "' OR 1=1; --", "\u0000",
			"../../etc/passwd", "\u202Eevil", "１２", "NaN", "x".repeat(5000), "😀",
			"00000000-0000-0000-0000-000000000000", "");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFieldRefusesNaughtyValuesWithoutAServerErrorOrAChange(@Autowired DirectoryManagement directory,
			@Autowired AccountManagement accounts, @Autowired HelpViewers viewers, @Autowired HelperSettings settings,
			@Autowired HelpRequests requests, @Autowired HelpRouting routing) throws Exception {
		HelpNetwork network = new HelpNetwork(directory, accounts, viewers, settings);
		String secret = HelpRequests.newSecret();
		requests.submit(new Submission(secret, "Ana", ContactMethod.IN_APP, null, "es", network.latitude - 0.01,
				network.longitude, BabyAge.UNDER_6_WEEKS, Set.of(Topic.PUMPING), Set.of(), "¿Cómo me saco leche?"));
		UUID id = this.jdbc.queryForObject("select id from help_request where secret_hash = ?", UUID.class,
				HelpRequests.hash(secret));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from help_offer where request_id = ?", Long.class,
					id) > 0);
		UUID offer = this.jdbc.queryForObject("select id from help_offer where request_id = ?", UUID.class, id);
		String before = state(id);

		// A Leader of the area who was not offered the request, and its administrator:
		// the
		// values are read and checked, and the request is not theirs to change.
		String other = network.farther;
		for (String value : NAUGHTY) {
			assertRefused(other, post("/leader/help/offers/" + offer + "/accept").param("request", value), value);
			assertRefused(other, post("/leader/help/offers/" + value + "/accept").param("request", id.toString()),
					value);
			assertRefused(other, post("/leader/help/offers/" + offer + "/decline").param("reason", value), value);
			assertRefused(other, post("/leader/help/" + id + "/close").param("outcome", value), value);
			assertRefused(other,
					post("/leader/help/" + id + "/close").param("outcome", "HELPED").param("topics", value), value);
			assertRefused(network.admin, post("/leader/help/" + id + "/assign").param("helper", value), value);
			assertRefused(other, post("/leader/help/" + id + "/refer").param("place", value), value);
			assertRefused(other, post("/help/r/" + secret + "/thanks").param("rating", value), value);
			assertRefused(other, post("/leader/help/" + id + "/reply").param("body", value), value);
		}
		assertThat(state(id)).as("nothing changed").isEqualTo(before);

		routing.accept(viewers.of(network.near).orElseThrow().id(), offer, Instant.now());
		String naughty = "<script>alert(1)</script> ' OR 1=1; -- \u202Eevil 😀";
		this.mvc.perform(
				post("/leader/help/" + id + "/reply").param("body", naughty).with(user(network.near)).with(csrf()));
		this.mvc.perform(
				post("/leader/help/" + id + "/notes").param("note", naughty).with(user(network.near)).with(csrf()));
		String opened = this.mvc.perform(get("/leader/help/" + id).with(user(network.near)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(opened).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; ' OR 1=1; -- \u202Eevil 😀");
		assertThat(this.mvc.perform(get("/help/r/" + secret)).andReturn().getResponse().getContentAsString())
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	private void assertRefused(String email, MockHttpServletRequestBuilder request, String value) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(user(email)).with(csrf()))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 302) {
			// an offer that is not (or no longer) theirs: back to the inbox, which says
			// so
			assertThat(response.getRedirectedUrl()).as("%s with %s", request, value).isEqualTo("/leader/help?gone=1");
		}
		else {
			assertThat(response.getStatus()).as("%s with %s", request, value).isBetween(400, 499);
		}
		assertThat(response.getContentAsString()).doesNotContain("<script>alert(1)</script>");
	}

	private String state(UUID id) {
		return this.jdbc
			.queryForMap("select status, helper_id, outcome, rating, topics from help_request where id = ?", id)
			.toString() + this.jdbc.queryForList("select answer from help_offer where request_id = ?", id)
				+ this.jdbc.queryForObject("select count(*) from help_message where request_id = ?", Long.class, id);
	}

}
