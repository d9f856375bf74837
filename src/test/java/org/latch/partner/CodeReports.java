package org.latch.partner;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A visitor without an account sending the violation report form, each time from a new
 * network address unless one is given (so that tests never meet the hourly limit).
 */
record CodeReports(MockMvc mvc) {

	MockHttpServletResponse send(Map<String, String> form, byte @Nullable [] photo, @Nullable String filename)
			throws Exception {
		return send("10.88." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250), form, photo, filename);
	}

	MockHttpServletResponse sendFrom(String address, Map<String, String> form) throws Exception {
		return send(address, form, null, null);
	}

	private MockHttpServletResponse send(String address, Map<String, String> form, byte @Nullable [] photo,
			@Nullable String filename) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(CodePaths.REPORT);
		if (photo != null) {
			request.file(new MockMultipartFile("photo", filename, "image/jpeg", photo));
		}
		form.forEach(request::param);
		request.with(sent -> {
			sent.setRemoteAddr(address);
			return sent;
		});
		return this.mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	/** The newest report about this company. */
	UUID latestId(JdbcTemplate jdbc, String company) {
		return jdbc.queryForObject(
				"select id from partner_violation_report where company = ? order by received_at desc limit 1",
				UUID.class, company);
	}

	long count(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from partner_violation_report", Long.class);
	}

}
