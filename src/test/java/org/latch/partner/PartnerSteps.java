package org.latch.partner;

import java.util.UUID;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An applicant filling in the Partner Profile through the pages, as a browser would. */
public final class PartnerSteps {

	private final MockMvc mvc;

	private final String applicant;

	public final UUID id;

	public PartnerSteps(MockMvc mvc, String applicant) throws Exception {
		this.mvc = mvc;
		this.applicant = applicant;
		String location = send(post("/partners/apply")).getRedirectedUrl();
		assertThat(location).startsWith("/partners/apply/").endsWith("/organization");
		this.id = UUID.fromString(location.split("/")[3]);
	}

	public String path(String step) {
		return "/partners/apply/" + this.id + (step.isEmpty() ? "" : "/" + step);
	}

	public MockHttpServletResponse organization(String legalName) throws Exception {
		return send(post(path("organization")).param("legalName", legalName)
			.param("country", "BR")
			.param("region", "Bahia")
			.param("level", "NATIONAL")
			.param("languages", "pt-BR", "es")
			.param("website", "amamenta.example.org")
			.param("mission", "We train volunteer breastfeeding counsellors."));
	}

	public MockHttpServletResponse recognition(String number, byte[] file, String filename) throws Exception {
		return send(multipart(path("recognition"))
			.file(new MockMultipartFile("evidence", filename, "application/pdf", file))
			.param("registrationNumber", number));
	}

	public MockHttpServletResponse people(String members, String employees, String... ibclcs) throws Exception {
		MockHttpServletRequestBuilder request = post(path("people")).param("members", members)
			.param("employees", employees)
			.param("contactName", "Marisol Applicant")
			.param("contactEmail", "contact@amamenta.example.org")
			.param("contactPhone", "+55 71 5555-0100");
		for (int i = 0; i < ibclcs.length; i += 2) {
			request.param("ibclcName", ibclcs[i]).param("ibclcNumber", ibclcs[i + 1]);
		}
		return send(request);
	}

	public MockHttpServletResponse pledge() throws Exception {
		return send(post(path("pledge")).param("pledge", "true"));
	}

	public MockHttpServletResponse submit() throws Exception {
		return send(post(path("submit")));
	}

	/** Every step filled in for an eligible organization: 12 members, 2 IBCLCs. */
	public PartnerSteps eligible(String legalName) throws Exception {
		assertThat(organization(legalName).getStatus()).isEqualTo(302);
		assertThat(recognition("CNPJ 12.345.678/0001-90", PartnerFixtures.PDF, "certificate.pdf").getStatus())
			.isEqualTo(302);
		assertThat(people("10", "2", "Ana Souza", "12345678", "Bia Lima", "2345-6789").getStatus()).isEqualTo(302);
		assertThat(pledge().getStatus()).isEqualTo(302);
		return this;
	}

	public String page(String step) throws Exception {
		return send(get(path(step))).getContentAsString();
	}

	public MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(user(this.applicant)).with(csrf())).andReturn().getResponse();
	}

}
