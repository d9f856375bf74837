package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page as an administrator uses it through MockMvc: upload a file for the
 * report, confirm a clean report; and how the report shows one problem.
 */
final class ManageImports {

	private static final Pattern CONFIRMABLE = Pattern.compile("name=\"confirmed\" value=\"([A-Za-z0-9+/=]+)\"");

	private ManageImports() {
	}

	/** A report row: number, column, the cell as found (any), translated reason. */
	static String row(MessageSource messages, long row, String column, String key) {
		return Pattern.quote("<tr><td>" + row + "</td><td>" + column + "</td><td>") + "(<code>[^<]*</code>)?"
				+ Pattern.quote("</td><td>" + Html.text(messages, key, "en") + "</td></tr>");
	}

	/** The report page for a file uploaded into {@code unit} by {@code admin}. */
	static String upload(MockMvc mvc, UnitId unit, String admin, String kind, byte[] file) throws Exception {
		return mvc
			.perform(multipart("/manage/" + unit + "/import")
				.file(new MockMultipartFile("file", kind + ".csv", "text/csv", file))
				.param("kind", kind)
				.with(csrf())
				.with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Presses "save everything" on a clean report and expects the saved file. */
	static void confirm(MockMvc mvc, UnitId unit, String admin, String kind, String report) throws Exception {
		Matcher confirmable = CONFIRMABLE.matcher(report);
		assertThat(confirmable.find()).as("the report offers to save the checked file").isTrue();
		mvc.perform(multipart("/manage/" + unit + "/import").param("kind", kind)
			.param("confirmed", confirmable.group(1))
			.with(csrf())
			.with(user(admin))).andExpect(redirectedUrl("/manage"));
	}

}
