package org.latch.partner.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.partner.PartnerFixtures;
import org.latch.partner.PartnerSteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signatures that must not land: without a name or consent, with names that hide
 * characters, on a document issued again since it was shown, on an agreement in another
 * state, by the signatory countersigning their own, by someone who may not countersign,
 * and twice at once. Each is a message next to the field or a 4xx, and records nothing.
 */
@LatchWebTest
@Tag("persistence")
class AgreementBadInputTests {

	static final List<String> REFUSED_NAMES = List.of("", " ", "x", "\u0000Ana", "Ana\u202Eevil", "Ana\u200Bx",
			"x".repeat(101), "12345", "😀😀", "--");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementStepRepository steps;

	@Test
	void aSignatureWithoutANameOrConsentIsRefusedNextToTheFieldAndRecordsNothing() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		AgreementSteps partner = AgreementSteps.approved(this.mvc, people, "Bad Names " + people.run);
		String page = partner.page(people.applicant);
		UUID id = AgreementSteps.agreementIn(page);
		String hash = AgreementSteps.hashIn(page);
		for (String name : REFUSED_NAMES) {
			MockHttpServletResponse refused = partner.sign(people.applicant, "sign", id, name, true, hash);
			assertThat(refused.getStatus()).as("typed name %s", name).isEqualTo(422);
			assertThat(refused.getContentAsString()).contains("id=\"typedName-error\"")
				.contains(message("validation.agreement.name"));
		}
		MockHttpServletResponse noConsent = partner.sign(people.applicant, "sign", id, "Marisol Applicant", false,
				hash);
		assertThat(noConsent.getStatus()).isEqualTo(422);
		assertThat(noConsent.getContentAsString()).contains("id=\"consent-error\"")
			.contains(message("validation.agreement.consent"))
			.as("the typed name is kept")
			.contains("value=\"Marisol Applicant\"");
		MockHttpServletResponse notTrue = partner.as(people.applicant,
				post(partner.path() + "/" + id + "/sign").param("typedName", "Marisol Applicant")
					.param("consent", "yes")
					.param("documentSha256", hash));
		assertThat(notTrue.getStatus()).isEqualTo(422);
		assertThat(latest(partner).status()).isEqualTo(AgreementStatus.AWAITING_SIGNATURE);
		assertThat(actions(partner)).containsExactly(AgreementStep.Action.ISSUED);

		MockHttpServletResponse script = partner.sign(people.applicant, "sign", id, "<script>alert(1)</script> Ana",
				true, hash);
		assertThat(script.getStatus()).as("letters and signs are a name, kept as text").isEqualTo(302);
		assertThat(partner.page(people.reviewer)).contains("&lt;script&gt;alert(1)&lt;/script&gt; Ana")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void aDocumentIssuedAgainSinceItWasShownIsNotSignedAndTheNewOneIs() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		AgreementSteps partner = AgreementSteps.approved(this.mvc, people, "Changed " + people.run);
		String shown = partner.page(people.applicant);
		UUID id = AgreementSteps.agreementIn(shown);
		String old = AgreementSteps.hashIn(shown);
		assertThat(partner.as(people.applicant, post(partner.path() + "/issue")).getStatus())
			.as("only platform administrators issue")
			.isEqualTo(403);
		assertThat(partner.as(people.reviewer, post(partner.path() + "/issue")).getRedirectedUrl())
			.isEqualTo(partner.path());
		String now = AgreementSteps.hashIn(partner.page(people.applicant));
		assertThat(now).isNotEqualTo(old);

		MockHttpServletResponse stale = partner.sign(people.applicant, "sign", id, "Marisol Applicant", true, old);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains(message("agreement.problem.DOCUMENT_CHANGED"))
			.as("shown the new document")
			.contains(now);
		assertThat(partner.sign(people.applicant, "sign", id, "Marisol Applicant", true, null).getStatus())
			.isEqualTo(409);
		assertThat(latest(partner).status()).isEqualTo(AgreementStatus.AWAITING_SIGNATURE);
		assertThat(partner.sign(people.applicant, "sign", id, "Marisol Applicant", true, now).getStatus())
			.isEqualTo(302);
		assertThat(partner.sign(people.applicant, "sign", id, "Marisol Applicant", true, now).getStatus())
			.as("signed already")
			.isEqualTo(409);
		assertThat(actions(partner)).containsExactly(AgreementStep.Action.ISSUED, AgreementStep.Action.REISSUED,
				AgreementStep.Action.SIGNED);
		assertThat(partner.as(people.reviewer, post(partner.path() + "/" + id + "/approve")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void nobodyCountersignsTheirOwnAndOnlyPlatformAdministratorsCountersign() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerFixtures colleagues = new PartnerFixtures(this.accounts, "en");
		// a platform administrator applies for their own organization; a colleague
		// approves
		PartnerSteps own = new PartnerSteps(this.mvc, people.reviewer).eligible("Own Org " + people.run);
		own.submit();
		AgreementSteps partner = AgreementSteps.of(this.mvc, people, own.id);
		for (String action : new String[] { "start", "approve" }) {
			assertThat(partner.as(colleagues.reviewer, post("/partners/review/" + own.id + "/" + action)).getStatus())
				.isEqualTo(302);
		}
		String page = partner.page(people.reviewer);
		UUID id = AgreementSteps.agreementIn(page);
		String hash = AgreementSteps.hashIn(page);
		assertThat(partner.sign(colleagues.reviewer, "countersign", id, "Colin Colleague", true, hash).getStatus())
			.as("not signed yet")
			.isEqualTo(409);
		assertThat(partner.sign(people.reviewer, "sign", id, "Rita Reviewer", true, hash).getStatus()).isEqualTo(302);
		assertThat(partner.page(people.reviewer)).as("no countersignature form for one's own")
			.doesNotContain("/countersign\"");
		MockHttpServletResponse ownCountersignature = partner.sign(people.reviewer, "countersign", id, "Rita Reviewer",
				true, hash);
		assertThat(ownCountersignature.getStatus()).isEqualTo(422);
		assertThat(ownCountersignature.getContentAsString()).contains(message("agreement.problem.OWN_AGREEMENT"));

		String orgAdmin = "org-admin-" + people.run + "@partner-" + people.run + ".example.org";
		this.accounts.createVerified(orgAdmin, "Olga Org", List.of("en"), this.accounts.hashPassword("pw-123456789"),
				List.of(new GrantView(Role.FAMILY, null)));
		MockHttpServletResponse byOrgAdmin = this.mvc
			.perform(post(partner.path() + "/" + id + "/countersign").param("typedName", "Olga Org")
				.param("consent", "true")
				.param("documentSha256", hash)
				.with(user(orgAdmin).roles("ORG_ADMIN"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(byOrgAdmin.getStatus()).as("Organization Administrators read but do not countersign").isEqualTo(403);
		assertThat(this.mvc.perform(get(partner.path()).with(user(orgAdmin).roles("ORG_ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/countersign\"");
		assertThat(latest(partner).status()).isEqualTo(AgreementStatus.AWAITING_COUNTERSIGNATURE);
		assertThat(partner.sign(colleagues.reviewer, "countersign", id, "Colin Colleague", true, hash).getStatus())
			.isEqualTo(302);
	}

	@Test
	void ofManySignaturesSentAtOnceExactlyOneLands() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		AgreementSteps partner = AgreementSteps.approved(this.mvc, people, "At Once " + people.run);
		String page = partner.page(people.applicant);
		UUID id = AgreementSteps.agreementIn(page);
		String hash = AgreementSteps.hashIn(page);
		int senders = 6;
		CyclicBarrier start = new CyclicBarrier(senders);
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < senders; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return partner.sign(people.applicant, "sign", id, "Marisol Applicant", true, hash).getStatus();
			}));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(302);
		assertThat(statuses).filteredOn(status -> status != 302).containsOnly(409);
		assertThat(actions(partner)).containsOnlyOnce(AgreementStep.Action.SIGNED);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private List<AgreementStep.Action> actions(AgreementSteps partner) {
		return this.steps.findByPartnerIdOrderByAtAscSeqAsc(partner.partner)
			.stream()
			.map(AgreementStep::action)
			.toList();
	}

	private Agreement latest(AgreementSteps partner) {
		return this.agreements.findFirstByPartnerIdOrderByTermDesc(partner.partner).orElseThrow();
	}

}
