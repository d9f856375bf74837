package org.latch.partner.benefit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.TestMailServer;
import org.latch.account.AccountManagement;
import org.latch.partner.PartnerFixtures;
import org.latch.partner.agreement.AgreementSteps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner whose agreement is in force (applied, approved, signed and countersigned
 * through the pages), and what its ledger shows.
 */
final class LedgerSteps {

	private static final Pattern CODE = Pattern.compile("<code class=\"benefit-code\">([A-Z]{4}-[A-Z0-9-]{14})</code>");

	final PartnerFixtures people;

	final AgreementSteps agreement;

	final String name;

	private final MessageSource messages;

	private LedgerSteps(PartnerFixtures people, AgreementSteps agreement, String name, MessageSource messages) {
		this.people = people;
		this.agreement = agreement;
		this.name = name;
		this.messages = messages;
	}

	static LedgerSteps inForce(MockMvc mvc, AccountManagement accounts, MessageSource messages, String language,
			String name) throws Exception {
		PartnerFixtures people = new PartnerFixtures(accounts, language);
		String legalName = name + " " + people.run;
		AgreementSteps agreement = AgreementSteps.approved(mvc, people, legalName).signedAndCountersigned();
		return new LedgerSteps(people, agreement, legalName, messages);
	}

	String path() {
		return "/partners/benefits/" + this.agreement.partner;
	}

	/** The ledger as someone allowed to read it sees it. */
	String ledger(String who) throws Exception {
		org.springframework.mock.web.MockHttpServletResponse response = this.agreement.as(who,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path()));
		assertThat(response.getStatus()).as("the ledger for " + who).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The codes a page shows, in the order shown. */
	static List<String> codesIn(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	/** A message as JTE writes it into an element's text. */
	String shown(String key, String language, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, Locale.forLanguageTag(language))
			.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;");
	}

	String message(String key, String language, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, Locale.forLanguageTag(language));
	}

	/** Waits for an email to the address whose text contains every one of the parts. */
	static String awaitMail(String address, String... parts) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			for (String text : TestMailServer.textsTo(address)) {
				if (java.util.Arrays.stream(parts).allMatch(text::contains)) {
					return text;
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError(
				"No email to " + address + " with " + List.of(parts) + " in " + TestMailServer.textsTo(address));
	}

	static void assertStatus(org.springframework.mock.web.MockHttpServletResponse response, int status) {
		assertThat(response.getStatus()).as("status").isEqualTo(status);
	}

}
