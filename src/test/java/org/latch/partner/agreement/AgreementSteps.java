package org.latch.partner.agreement;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.partner.PartnerFixtures;
import org.latch.partner.PartnerSteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A partner's agreement taken through its pages as a browser would: an application
 * approved by the fixtures' reviewer, then read, signed and countersigned.
 */
public final class AgreementSteps {

	private static final Pattern HASH = Pattern.compile("name=\"documentSha256\" value=\"([0-9a-f]{64})\"");

	private static final Pattern FORM = Pattern.compile("action=\"/partners/agreements/[0-9a-f-]{36}/([0-9a-f-]{36})/");

	private final MockMvc mvc;

	public final PartnerFixtures people;

	public final UUID partner;

	private AgreementSteps(MockMvc mvc, PartnerFixtures people, UUID partner) {
		this.mvc = mvc;
		this.people = people;
		this.partner = partner;
	}

	/** The agreement of a partner approved already. */
	public static AgreementSteps of(MockMvc mvc, PartnerFixtures people, UUID partner) {
		return new AgreementSteps(mvc, people, partner);
	}

	/** An eligible application by the fixtures' applicant, approved by their reviewer. */
	public static AgreementSteps approved(MockMvc mvc, PartnerFixtures people, String legalName) throws Exception {
		PartnerSteps steps = new PartnerSteps(mvc, people.applicant).eligible(legalName);
		assertThat(steps.submit().getStatus()).isEqualTo(302);
		AgreementSteps agreement = new AgreementSteps(mvc, people, steps.id);
		for (String action : new String[] { "start", "approve" }) {
			assertThat(agreement.as(people.reviewer, post("/partners/review/" + steps.id + "/" + action)).getStatus())
				.isEqualTo(302);
		}
		return agreement;
	}

	public String path() {
		return "/partners/agreements/" + this.partner;
	}

	public String page(String who) throws Exception {
		MockHttpServletResponse response = as(who, get(path()));
		assertThat(response.getStatus()).as("the agreements of " + who).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The hash of the document a signature form on the page names. */
	public static String hashIn(String page) {
		Matcher matcher = HASH.matcher(page);
		assertThat(matcher.find()).as("a signature form on the page").isTrue();
		return matcher.group(1);
	}

	/** The agreement a signature form on the page signs. */
	public static UUID agreementIn(String page) {
		Matcher matcher = FORM.matcher(page);
		assertThat(matcher.find()).as("a signature form on the page").isTrue();
		return UUID.fromString(matcher.group(1));
	}

	/** Posts a signature form as it is on the page: the given name, consent, hash. */
	public MockHttpServletResponse sign(String who, String action, UUID agreement, String typedName, boolean consent,
			String hash) throws Exception {
		MockHttpServletRequestBuilder request = post(path() + "/" + agreement + "/" + action).param("typedName",
				typedName);
		if (consent) {
			request.param("consent", "true");
		}
		if (hash != null) {
			request.param("documentSha256", hash);
		}
		return as(who, request);
	}

	/** The applicant signs and the reviewer countersigns, each from the page they see. */
	public AgreementSteps signedAndCountersigned() throws Exception {
		String mine = page(this.people.applicant);
		assertThat(sign(this.people.applicant, "sign", agreementIn(mine), "Marisol Applicant", true, hashIn(mine))
			.getStatus()).isEqualTo(302);
		String theirs = page(this.people.reviewer);
		assertThat(sign(this.people.reviewer, "countersign", agreementIn(theirs), "Rita Reviewer", true, hashIn(theirs))
			.getStatus()).isEqualTo(302);
		return this;
	}

	/**
	 * A request as one of the fixtures' people: reviewers are platform administrators,
	 * everyone else a family member.
	 */
	public MockHttpServletResponse as(String who, MockHttpServletRequestBuilder request) throws Exception {
		boolean reviewer = who.startsWith("reviewer-");
		return this.mvc
			.perform(
					request.with(reviewer ? user(who).roles("PLATFORM_ADMIN") : user(who).roles("FAMILY")).with(csrf()))
			.andReturn()
			.getResponse();
	}

}
