package org.latch.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.platform.PlatformSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Naughty values in every field of the Partner Profile, and files that are not what they
 * say: a translated message next to the field or a 4xx, never a 500, and a step with any
 * problem saves nothing.
 */
@LatchWebTest
@Tag("persistence")
class PartnerBadInputTests {

	static final List<String> NAUGHTY = List.of("<script>alert(1)</script>", "' OR 1=1; --", "\u0000",
			"../../etc/passwd", "\u202Eevil", "１２", "NaN", "-1", "1e9", "x".repeat(5000), "😀",
			"00000000-0000-0000-0000-000000000000", "", "javascript:alert(1)");

	static final Map<String, String> ORGANIZATION = Map.of("legalName", "Good Name", "country", "FR", "region",
			"Bretagne", "level", "LOCAL", "languages", "fr", "website", "https://example.org", "mission",
			"Mothers helping mothers.");

	static final Map<String, String> PEOPLE = Map.of("members", "12", "employees", "0", "ibclcName", "Ana",
			"ibclcNumber", "123456", "contactName", "Ana", "contactEmail", "ana@example.org", "contactPhone",
			"+33 1 23 45 67 89");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyFieldRefusesNaughtyValuesNextToTheFieldOrKeepsThemAsEscapedText() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant);
		for (Map.Entry<String, Map<String, String>> step : Map.of("organization", ORGANIZATION, "people", PEOPLE)
			.entrySet()) {
			for (String field : step.getValue().keySet()) {
				for (String value : NAUGHTY) {
					Map<String, String> values = new LinkedHashMap<>(step.getValue());
					values.put(field, value);
					String before = state(steps.id);
					MockHttpServletRequestBuilder request = post(steps.path(step.getKey()));
					values.forEach(request::param);
					MockHttpServletResponse response = steps.send(request);
					String what = step.getKey() + "." + field + "=" + value;
					assertThat(response.getStatus()).as(what).isIn(302, 422);
					assertThat(response.getContentAsString()).as(what).doesNotContain("<script>alert(1)</script>");
					if (response.getStatus() == 422) {
						assertThat(response.getContentAsString()).as(what)
							.contains("aria-describedby")
							.contains("class=\"field-error\"");
						assertThat(state(steps.id)).as("nothing saved for " + what).isEqualTo(before);
					}
				}
			}
		}
		steps.send(post(steps.path("organization")).param("legalName", "<script>alert(1)</script> 😀")
			.param("country", "FR")
			.param("region", "Bretagne")
			.param("level", "LOCAL")
			.param("languages", "fr")
			.param("mission", "<b>bold</b>"));
		assertThat(steps.page("")).doesNotContain("<script>alert(1)</script>")
			.doesNotContain("<b>bold</b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; 😀");
	}

	@Test
	void wrongNumbersAndIblceNumbersAreExplainedInTheApplicantsLanguage() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "fr");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant);
		MockHttpServletResponse response = steps.send(post(steps.path("people")).param("lang", "fr")
			.param("members", "douze")
			.param("employees", "3.5")
			.param("ibclcName", "Ana", "Bia", "")
			.param("ibclcNumber", "1234", "12345", "12345")
			.param("contactName", "Ana")
			.param("contactEmail", "not an address"));
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains(Html.text(this.messages, "validation.partner.count", "fr"))
			.contains(Html.text(this.messages, "validation.partner.iblce", "fr"))
			.contains(Html.text(this.messages, "validation.partner.ibclc-name", "fr"))
			.contains(Html.text(this.messages, "validation.email", "fr"))
			.contains("id=\"ibclcNumber-0-error\"")
			.contains("aria-describedby=\"iblce-hint ibclcNumber-0-error\"");
		MockHttpServletResponse twice = steps.people("12", "0", "Ana", "123 456", "Bia", "123-456");
		assertThat(twice.getContentAsString())
			.contains(Html.text(this.messages, "validation.partner.iblce-twice", "en"));
		assertThat(this.jdbc.queryForObject("select count(*) from partner_ibclc where application_id = ?", Long.class,
				steps.id))
			.isZero();
	}

	@Test
	void onlyAPdfOrAnImageByItsBytesIsStoredUnderANameLatchMakes(@Autowired PlatformSettings settings,
			@Autowired EvidenceLimit limit) throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant);
		byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		byte[] gif = "GIF89a".getBytes(StandardCharsets.US_ASCII);
		byte[] riffNotWebp = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
		String type = Html.text(this.messages, "validation.partner.evidence-type", "en");
		for (byte[] file : List.of(html, svg, gif, riffNotWebp)) {
			MockHttpServletResponse refused = steps.recognition("REG-1", file, "certificate.pdf");
			assertThat(refused.getStatus()).isEqualTo(422);
			assertThat(refused.getContentAsString()).contains(type).contains("id=\"evidence-error\"");
		}
		byte[] large = new byte[(int) limit.maxSize().toBytes() + 1];
		System.arraycopy(PartnerFixtures.PDF, 0, large, 0, PartnerFixtures.PDF.length);
		assertThat(steps.recognition("REG-1", large, "big.pdf").getContentAsString())
			.contains(Html.text(this.messages, "validation.partner.evidence-size", "en", limit.maxSize().toMegabytes()))
			.as("the error summary shows the limit too")
			.doesNotContain("{0}");
		assertThat(steps.recognition("REG-1", new byte[0], "empty.pdf").getContentAsString())
			.contains(Html.text(this.messages, "validation.partner.evidence-missing", "en"));
		assertThat(steps.recognition("<script>", PartnerFixtures.PDF, "ok.pdf").getContentAsString())
			.contains(Html.text(this.messages, "validation.partner.registration", "en"));
		assertThat(this.jdbc
			.queryForMap("select registration_number, evidence_file from partner_application where id = ?", steps.id))
			.as("nothing half-saved")
			.containsEntry("registration_number", null)
			.containsEntry("evidence_file", null);
		assertThat(steps.page("recognition?problem=too-large"))
			.contains(Html.text(this.messages, "validation.partner.evidence-size", "en", limit.maxSize().toMegabytes()))
			.doesNotContain("{0}");

		assertThat(steps.recognition("REG-1", PartnerFixtures.PDF, "../../../../etc/passwd.pdf").getStatus())
			.isEqualTo(302);
		String stored = this.jdbc.queryForObject("select evidence_file from partner_application where id = ?",
				String.class, steps.id);
		assertThat(stored).matches("[0-9a-f-]{36}\\.pdf");
		Path directory = settings.dataDir().resolve("partner-evidence");
		assertThat(Files.readAllBytes(directory.resolve(stored))).isEqualTo(PartnerFixtures.PDF);
		assertThat(steps.recognition("REG-1", PartnerFixtures.PNG, "photo.png").getStatus()).isEqualTo(302);
		assertThat(directory.resolve(stored)).as("the replaced file is gone").doesNotExist();
		try (Stream<Path> files = Files.list(directory)) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("passwd"));
		}
	}

	@Test
	void addressesAndChoicesThatAreNotOnesLatchMadeAre4xx() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant);
		assertThat(steps.send(get("/partners/apply/not-a-uuid")).getStatus()).isEqualTo(400);
		assertThat(steps.send(get("/partners/apply/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
		assertThat(steps.send(get(steps.path("../../etc"))).getStatus()).isBetween(400, 404);
		assertThat(steps.send(get(steps.path("nowhere"))).getStatus()).isEqualTo(404);
		assertThat(steps.send(post(steps.path("pledge")).param("pledge", "yes please")).getStatus()).isEqualTo(400);
		for (String value : NAUGHTY) {
			int region = this.mvc.perform(get("/partners").param("region", value))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(region).as(value).isIn(200, 400);
			if (!value.isEmpty()) {
				assertThat(
						this.mvc.perform(get("/partners").param("level", value)).andReturn().getResponse().getStatus())
					.as(value)
					.isEqualTo(400);
				assertThat(this.mvc.perform(get("/partners").param("language", value))
					.andReturn()
					.getResponse()
					.getStatus()).as(value).isEqualTo(400);
			}
			assertThat(this.mvc.perform(get("/partners/" + value)).andReturn().getResponse().getStatus()).as(value)
				.isBetween(400, 404);
		}
		assertThat(steps
			.send(multipart(steps.path("recognition"))
				.file(new MockMultipartFile("evidence", "a.pdf", "application/pdf", PartnerFixtures.PDF))
				.param("registrationNumber", "REG-1"))
			.getStatus()).isEqualTo(302);
	}

	/** What a refused step must leave as it was. */
	private String state(UUID id) {
		return this.jdbc.queryForMap("select * from partner_application where id = ?", id).toString()
				+ this.jdbc.queryForList("select name, iblce_number from partner_ibclc where application_id = ?", id);
	}

}
