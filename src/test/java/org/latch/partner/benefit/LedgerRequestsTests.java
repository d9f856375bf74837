package org.latch.partner.benefit;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a partner asks and offers on its ledger, and what the staff do with it: leadership
 * meetings invite every partner in force by email in its language, promotion requests are
 * approved (listed publicly) or declined with a reason, offers get a status. Every field
 * of every form refuses bad input with its message beside it, and nothing is saved.
 */
@LatchWebTest
@Tag("persistence")
class LedgerRequestsTests {

	private static final Pattern DECLINE = Pattern
		.compile("action=\"(/partners/benefits/[0-9a-f-]{36}/promotions/([0-9a-f-]{36}))/decline\"");

	private static final Pattern OBLIGATION = Pattern
		.compile("action=\"(/partners/benefits/[0-9a-f-]{36}/obligations/[0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Test
	void aLeadershipMeetingInvitesEveryPartnerInForceByEmailInItsLanguageAndOnItsLedger() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "fr", "Allaitement Uni");
		String title = "Leadership meeting " + partner.people.run;
		LocalDate day = LocalDate.now().plusMonths(2);
		MockHttpServletResponse scheduled = partner.agreement.as(partner.people.reviewer,
				meeting(title, day.toString(), "15:00", "America/Port-au-Prince", "https://meet.example.org/lead"));
		assertThat(scheduled.getStatus()).isEqualTo(302);

		String mail = LedgerSteps.awaitMail(partner.people.applicant, title, "https://meet.example.org/lead",
				"America/Port-au-Prince", "/partners/benefits/" + partner.agreement.partner);
		assertThat(mail).as("in the signatory's language")
			.contains(partner.message("benefits.mail.invitation.body", "fr", "@", "").split("\n")[0])
			.contains("(UTC)");
		assertThat(partner.ledger(partner.people.applicant)).contains(title)
			.contains(partner.shown("benefits.meetings.join", "en"));
		assertThat(partner.agreement.as(partner.people.reviewer, get("/partners/benefits")).getContentAsString())
			.contains(title)
			.contains(partner.name);
		assertThat(partner.agreement
			.as(partner.people.applicant,
					meeting("Not mine", day.toString(), "15:00", "UTC", "https://meet.example.org/x"))
			.getStatus()).as("only the staff schedule").isEqualTo(403);
	}

	@Test
	void everyMeetingFieldRefusesBadInputAndNothingIsScheduled() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "en", "Meeting Checks");
		String future = LocalDate.now().plusMonths(1).toString();
		Map<String, MockHttpServletRequestBuilder> bad = Map.of("validation.benefits.title",
				meeting("x", future, "10:00", "UTC", "https://meet.example.org/a"), "validation.benefits.meeting-date",
				meeting("Bad date " + partner.people.run, "2026-13-45", "10:00", "UTC", "https://meet.example.org/a"),
				"validation.benefits.meeting-time",
				meeting("Bad time " + partner.people.run, future, "25:99", "UTC", "https://meet.example.org/a"),
				"validation.benefits.zone",
				meeting("Bad zone " + partner.people.run, future, "10:00", "Mars/Olympus",
						"https://meet.example.org/a"),
				"validation.benefits.meeting-future",
				meeting("Past " + partner.people.run, "2020-01-01", "10:00", "UTC", "https://meet.example.org/a"),
				"validation.benefits.meeting-link",
				meeting("Bad link " + partner.people.run, future, "10:00", "UTC", "javascript:alert(1)"));
		for (Map.Entry<String, MockHttpServletRequestBuilder> entry : bad.entrySet()) {
			MockHttpServletResponse refused = partner.agreement.as(partner.people.reviewer, entry.getValue());
			assertThat(refused.getStatus()).as(entry.getKey()).isEqualTo(422);
			assertThat(refused.getContentAsString()).as(entry.getKey())
				.contains(partner.shown(entry.getKey(), "en"))
				.contains("class=\"field-error\"");
		}
		assertThat(partner.agreement.as(partner.people.reviewer, meeting(null, null, null, null, null)).getStatus())
			.as("no field at all")
			.isEqualTo(422);
		assertThat(partner.ledger(partner.people.applicant)).doesNotContain("Bad zone " + partner.people.run)
			.doesNotContain("Past " + partner.people.run)
			.contains(partner.shown("benefits.meetings.none", "en"));
	}

	@Test
	void theStaffApproveAPromotionWhichIsListedAndDeclineAnotherWithAReason() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "pt-BR", "Mamaço Unido");
		String walk = "Stroll for milk " + partner.people.run;
		String post = "Our new guide " + partner.people.run;
		assertThat(promote(partner, "EVENT", walk, LocalDate.now().plusDays(20)).getStatus()).isEqualTo(302);
		assertThat(promote(partner, "POST", post, LocalDate.now().minusDays(3)).getStatus()).isEqualTo(302);
		String staffView = partner.ledger(partner.people.reviewer);
		assertThat(staffView).contains(walk).contains(post).contains(partner.shown("benefits.promotion.approve", "en"));
		Map<String, String> forms = declineForms(staffView);
		String walkForm = forms.get(walk);
		String postForm = forms.get(post);

		assertThat(partner.agreement.as(partner.people.applicant, post(walkForm + "/approve")).getStatus())
			.as("the partner does not approve its own request")
			.isEqualTo(403);
		assertThat(partner.agreement.as(partner.people.reviewer, post(walkForm + "/approve")).getStatus())
			.isEqualTo(302);
		LedgerSteps.awaitMail(partner.people.applicant, walk, "/partners/news",
				partner.message("benefits.mail.approved.body", "pt-BR", "@", "", "").split("\n")[0]);
		String news = this.mvc.perform(get("/partners/news")).andReturn().getResponse().getContentAsString();
		assertThat(news).contains(walk).contains(partner.name).doesNotContain(post);
		assertThat(this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/partners/news\"");

		String id = postForm.substring(postForm.lastIndexOf('/') + 1);
		MockHttpServletResponse noReason = partner.agreement.as(partner.people.reviewer,
				post(postForm + "/decline").param("reason-" + id, " "));
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(noReason.getContentAsString()).contains(partner.shown("validation.benefits.reason", "en"))
			.contains("id=\"reason-" + id + "-error\"");
		String reason = "It promotes a sponsor outside the Code " + partner.people.run;
		assertThat(
				partner.agreement.as(partner.people.reviewer, post(postForm + "/decline").param("reason-" + id, reason))
					.getStatus())
			.isEqualTo(302);
		LedgerSteps.awaitMail(partner.people.applicant, post, reason);
		assertThat(partner.ledger(partner.people.applicant)).contains(reason)
			.contains(partner.shown("benefits.promotion.status.DECLINED", "en"))
			.contains(partner.shown("benefits.promotion.status.APPROVED", "en"));
		assertThat(partner.agreement.as(partner.people.reviewer, post(postForm + "/approve")).getStatus())
			.as("decided once")
			.isEqualTo(409);
		assertThat(this.mvc.perform(get("/partners/news")).andReturn().getResponse().getContentAsString())
			.doesNotContain(post);
	}

	@Test
	void everyPromotionFieldRefusesBadInputAndNothingIsSaved() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "en", "Promotion Checks");
		String run = partner.people.run;
		String day = LocalDate.now().plusDays(5).toString();
		Map<String, String[]> bad = Map.of("validation.benefits.kind",
				new String[] { "ADVERT", "Title " + run, "https://example.org/a", day, "A long enough text." },
				"validation.benefits.title",
				new String[] { "EVENT", "x".repeat(151), "https://example.org/a", day, "A long enough text." },
				"validation.benefits.link",
				new String[] { "EVENT", "Title " + run, "javascript:alert(1)", day, "A long enough text." },
				"validation.benefits.day",
				new String[] { "EVENT", "Title " + run, "https://example.org/a", "2019-02-30", "A long enough text." },
				"validation.benefits.summary",
				new String[] { "EVENT", "Title " + run, "https://example.org/a", day, "short\u0000" });
		for (Map.Entry<String, String[]> entry : bad.entrySet()) {
			String[] v = entry.getValue();
			MockHttpServletResponse refused = partner.agreement.as(partner.people.applicant,
					post(partner.path() + "/promotions").param("kind", v[0])
						.param("title", v[1])
						.param("link", v[2])
						.param("day", v[3])
						.param("summary", v[4]));
			assertThat(refused.getStatus()).as(entry.getKey()).isEqualTo(422);
			assertThat(refused.getContentAsString()).as(entry.getKey())
				.contains(partner.shown(entry.getKey(), "en"))
				.contains("class=\"field-error\"");
		}
		assertThat(partner.agreement.as(partner.people.applicant, post(partner.path() + "/promotions")).getStatus())
			.isEqualTo(422);
		assertThat(partner.ledger(partner.people.applicant)).contains(partner.shown("benefits.promotions.none", "en"));
	}

	@Test
	void aPartnerOffersTranslationHelpAndTheStaffSetItsStatus() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "en", "Offer Circle");
		String details = "Translate the leaflets " + partner.people.run;
		MockHttpServletResponse noLanguage = partner.agreement.as(partner.people.applicant,
				post(partner.path() + "/obligations").param("offer", "TRANSLATION").param("details", details));
		assertThat(noLanguage.getStatus()).isEqualTo(422);
		assertThat(noLanguage.getContentAsString()).contains(partner.shown("validation.benefits.languages", "en"));
		for (String[] v : new String[][] { { "BRIBE", details, "validation.benefits.offer" },
				{ "WEBINAR", "x", "validation.benefits.details" } }) {
			MockHttpServletResponse refused = partner.agreement.as(partner.people.applicant,
					post(partner.path() + "/obligations").param("offer", v[0]).param("details", v[1]));
			assertThat(refused.getStatus()).isEqualTo(422);
			assertThat(refused.getContentAsString()).contains(partner.shown(v[2], "en"));
		}
		assertThat(partner.agreement
			.as(partner.people.applicant,
					post(partner.path() + "/obligations").param("offer", "TRANSLATION")
						.param("details", details)
						.param("languages", "xx"))
			.getStatus()).isEqualTo(422);
		assertThat(partner.ledger(partner.people.applicant)).doesNotContain(details);

		assertThat(partner.agreement
			.as(partner.people.applicant,
					post(partner.path() + "/obligations").param("offer", "TRANSLATION")
						.param("details", details)
						.param("languages", "ht", "fr"))
			.getStatus()).isEqualTo(302);
		String staffView = partner.ledger(partner.people.reviewer);
		assertThat(staffView).contains(details).contains("Kreyòl ayisyen");
		Matcher form = OBLIGATION.matcher(staffView);
		assertThat(form.find()).isTrue();
		assertThat(partner.agreement.as(partner.people.applicant, post(form.group(1)).param("status", "DELIVERED"))
			.getStatus()).as("only the staff set a status").isEqualTo(403);
		assertThat(
				partner.agreement.as(partner.people.reviewer, post(form.group(1)).param("status", "DONE")).getStatus())
			.isEqualTo(422);
		assertThat(partner.agreement.as(partner.people.reviewer, post(form.group(1)).param("status", "ACCEPTED"))
			.getStatus()).isEqualTo(302);
		assertThat(partner.ledger(partner.people.applicant)).contains(details)
			.contains(partner.shown("benefits.obligation.status.ACCEPTED", "en"));
	}

	private static MockHttpServletRequestBuilder meeting(String title, String date, String time, String zone,
			String link) {
		MockHttpServletRequestBuilder request = post("/partners/benefits/meetings");
		String[][] fields = { { "title", title }, { "date", date }, { "time", time }, { "zone", zone },
				{ "link", link } };
		for (String[] field : fields) {
			if (field[1] != null) {
				request.param(field[0], field[1]);
			}
		}
		return request;
	}

	private MockHttpServletResponse promote(LedgerSteps partner, String kind, String title, LocalDate day)
			throws Exception {
		return partner.agreement.as(partner.people.applicant,
				post(partner.path() + "/promotions").param("kind", kind)
					.param("title", title)
					.param("link", "https://partner.example.org/" + partner.people.run)
					.param("day", day.toString())
					.param("summary", "Families walk together for donor milk."));
	}

	/** The decline form of each request the page shows, by the request's title. */
	private static Map<String, String> declineForms(String page) {
		Map<String, String> forms = new java.util.HashMap<>();
		Matcher titles = Pattern.compile("<h3>([^<]+)</h3>").matcher(page);
		Matcher actions = DECLINE.matcher(page);
		while (titles.find()) {
			if (actions.find(titles.end())) {
				forms.putIfAbsent(titles.group(1), actions.group(1));
			}
		}
		return forms;
	}

}
