package org.latch.partner.benefit;

import java.util.List;

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
 * The two benefit codes from the agreement coming into force to the redeem desk: the
 * signatory finds them on the ledger, the staff redeem one once, a second redemption and
 * unknown codes are refused with a clear message, and guessing is throttled.
 */
@LatchWebTest
@Tag("persistence")
class BenefitCodeJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Test
	void aPartnerInForceGetsTwoCodesWhichTheStaffRedeemOnceEach() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "es", "Lactancia Unida");
		String ledger = partner.ledger(partner.people.applicant);
		List<String> codes = LedgerSteps.codesIn(ledger);
		assertThat(codes).hasSize(2);
		assertThat(codes).anyMatch(code -> code.startsWith("CONF-")).anyMatch(code -> code.startsWith("EXPO-"));
		assertThat(codes).allMatch(code -> code.substring(5).replace("-", "").matches("[2-9A-HJKMNP-TV-Z]{12}"));
		assertThat(ledger).contains(partner.shown("benefits.code.VALID", "en"))
			.contains(partner.shown("benefits.benefit.CONFERENCE_REGISTRATION", "en"))
			.contains(partner.shown("benefits.directory.delivered", "en"))
			.contains(
					partner.shown("benefits.boards.granted", "en", "@").split("@")[0] + "Español, Português (Brasil)");
		String conference = codes.stream().filter(code -> code.startsWith("CONF-")).findFirst().orElseThrow();
		String reviewer = partner.people.reviewer;

		String typedLoosely = conference.toLowerCase(java.util.Locale.ROOT).replace("-", " ");
		MockHttpServletResponse found = partner.agreement.as(reviewer,
				get("/partners/benefits/redeem").param("code", typedLoosely));
		assertThat(found.getStatus()).isEqualTo(200);
		assertThat(found.getContentAsString()).contains(partner.name)
			.contains(partner.shown("benefits.benefit.CONFERENCE_REGISTRATION", "en"))
			.contains(partner.shown("benefits.redeem.button", "en"));

		MockHttpServletResponse redeemed = partner.agreement.as(reviewer,
				post("/partners/benefits/redeem").param("code", typedLoosely));
		assertThat(redeemed.getStatus()).isEqualTo(302);
		assertThat(redeemed.getRedirectedUrl()).endsWith("?code=" + conference.substring(5).replace("-", ""));
		String after = partner.agreement.as(reviewer, get(redeemed.getRedirectedUrl())).getContentAsString();
		assertThat(after).contains("Rita Reviewer").doesNotContain(partner.shown("benefits.redeem.button", "en"));

		MockHttpServletResponse again = partner.agreement.as(reviewer,
				post("/partners/benefits/redeem").param("code", conference));
		assertThat(again.getStatus()).as("a second redemption").isEqualTo(409);
		assertThat(again.getContentAsString()).contains(partner.shown("benefits.redeem.refused.ALREADY_REDEEMED", "en"))
			.contains("Rita Reviewer");

		String mine = partner.ledger(partner.people.applicant);
		assertThat(mine).contains("Rita Reviewer").contains(partner.shown("benefits.code.VALID", "en"));
		assertThat(LedgerSteps.codesIn(mine)).containsExactlyElementsOf(codes);
	}

	@Test
	void unknownAndMalformedCodesAreRefusedAndGuessingStopsAfterTenWrongCodes() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "en", "Guess Circle");
		String code = LedgerSteps.codesIn(partner.ledger(partner.people.applicant)).getFirst();
		String reviewer = partner.people.reviewer;
		String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

		MockHttpServletResponse malformed = partner.agreement.as(reviewer,
				from(address, get("/partners/benefits/redeem").param("code", "<script>1</script>")));
		assertThat(malformed.getStatus()).isEqualTo(422);
		assertThat(malformed.getContentAsString()).contains(partner.shown("validation.benefits.code", "en"))
			.doesNotContain("<script>1");
		for (int i = 0; i < 9; i++) {
			MockHttpServletResponse unknown = partner.agreement.as(reviewer,
					from(address, get("/partners/benefits/redeem").param("code", "CONF-2222-3333-444" + (5 + i % 4))));
			assertThat(unknown.getStatus()).isEqualTo(422);
			assertThat(unknown.getContentAsString()).contains(partner.shown("validation.benefits.code-unknown", "en"));
		}
		MockHttpServletResponse throttled = partner.agreement.as(reviewer,
				from(address, get("/partners/benefits/redeem").param("code", code)));
		assertThat(throttled.getStatus()).as("after ten wrong codes").isEqualTo(429);
		assertThat(throttled.getContentAsString()).contains(partner.shown("benefits.redeem.throttled", "en"))
			.doesNotContain(partner.name);
		assertThat(partner.agreement.as(reviewer, from(address, post("/partners/benefits/redeem").param("code", code)))
			.getStatus()).isEqualTo(429);
		assertThat(partner.agreement.as(reviewer, get("/partners/benefits/redeem").param("code", code)).getStatus())
			.as("from another address")
			.isEqualTo(200);
	}

	@Test
	void onlyTheSignatoryAndPlatformAdministratorsSeeTheLedgerAndOnlyTheStaffRedeem() throws Exception {
		LedgerSteps partner = LedgerSteps.inForce(this.mvc, this.accounts, this.messages, "en", "Closed Circle");
		String code = LedgerSteps.codesIn(partner.ledger(partner.people.applicant)).getFirst();
		String stranger = partner.people.stranger;
		assertThat(partner.agreement.as(stranger, get(partner.path())).getStatus()).isEqualTo(403);
		assertThat(partner.agreement.as(stranger, get("/partners/benefits")).getStatus()).isEqualTo(403);
		assertThat(partner.agreement.as(stranger, get("/partners/benefits/redeem").param("code", code)).getStatus())
			.isEqualTo(403);
		assertThat(partner.agreement.as(partner.people.applicant, post("/partners/benefits/redeem").param("code", code))
			.getStatus()).as("a partner cannot redeem its own code").isEqualTo(403);
		assertThat(partner.agreement.as(stranger, post(partner.path() + "/promotions").param("title", "x")).getStatus())
			.isEqualTo(403);
		assertThat(partner.agreement.as(partner.people.reviewer, get(partner.path())).getStatus()).isEqualTo(200);
		assertThat(
				partner.agreement.as(partner.people.reviewer, get("/partners/benefits/" + java.util.UUID.randomUUID()))
					.getStatus())
			.isEqualTo(404);
		assertThat(
				this.mvc.perform(get(partner.path()).accept("text/html")).andReturn().getResponse().getRedirectedUrl())
			.as("a visitor is asked to sign in")
			.endsWith("/sign-in");
		assertThat(LedgerSteps.codesIn(partner.ledger(partner.people.applicant)))
			.as("nothing was redeemed by those refused")
			.hasSize(2);
		assertThat(partner.ledger(partner.people.applicant)).doesNotContain("Redeemed on");
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

}
