package org.latch.impact;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.milkdonation.MilkUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The figures as visitors and programs read them: the page at {@code /impact} in the
 * visitor's language and number format, the strip on the home page, and the JSON at
 * {@code /api/impact} with its OpenAPI description. Tagged {@code persistence}: runs on
 * H2 and again on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class ImpactPageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveFigures figures;

	@Test
	void theSpanishPageNamesEachFigureAndWritesNumbersAsSpanishReadersDo() throws Exception {
		ImpactFixtures.Bank bank = new ImpactFixtures(this.context).milkBank();
		for (int i = 0; i < 3; i++) {
			bank.confirmed("4000", MilkUnit.OZ);
		}
		ImpactFigures figures = this.figures.recount();
		String ounces = whole(figures, "es");
		assertThat(ounces).as("12,000 ounces or more, grouped as Spanish readers do").matches("\\d{1,3}(\\.\\d{3})+");

		String page = page(get("/impact").param("lang", "es"));
		assertThat(page)
			.contains("<html lang=\"es\">", text("impact.title", "es"), text("impact.ounces", "es"),
					text("impact.leaders", "es"), text("impact.leaders.meaning", "es"), text("impact.regions", "es"),
					text("impact.updated", "es"))
			.contains("<dd class=\"figure-number\">" + ounces + "</dd>")
			.contains("<time datetime=\"" + figures.computedAt().truncatedTo(ChronoUnit.SECONDS) + "\"")
			.doesNotContain(text("impact.ounces", "en"));
		assertThat(page.split("<dt>", -1)).as("seven figures, each a term of one list").hasSize(8);
		assertThat(page(get("/impact").param("lang", "en")))
			.contains("<dd class=\"figure-number\">" + whole(figures, "en") + "</dd>");
	}

	@Test
	void theHomePageShowsTheMainFiguresAndLinksToWhatTheyCount() throws Exception {
		ImpactFigures figures = this.figures.recount();
		String home = page(get("/").param("lang", "pt-BR"));
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("pt-BR"));
		assertThat(home)
			.contains(text("impact.home.heading", "pt-BR"), text("impact.updated", "pt-BR"),
					"<a href=\"/impact\">" + text("impact.home.more", "pt-BR") + "</a>",
					"<dt>" + text("impact.leaders", "pt-BR") + "</dt><dd>" + number.format(figures.leaders()) + "</dd>",
					"<dt>" + text("impact.families", "pt-BR") + "</dt><dd>" + number.format(figures.familiesHelped())
							+ "</dd>",
					"<dt>" + text("impact.countries", "pt-BR") + "</dt>",
					"<dt>" + text("impact.regions", "pt-BR") + "</dt>",
					"<dt>" + text("impact.ounces", "pt-BR") + "</dt>")
			.doesNotContain(text("impact.groups-online", "pt-BR"));
	}

	@Test
	void theApiSendsEveryFigureAndWhenItWasComputed() throws Exception {
		ImpactFigures figures = this.figures.recount();
		JsonNode sent = JSON.readTree(page(get("/api/impact").accept(MediaType.APPLICATION_JSON)));
		assertThat(sent.get("computedAt").asString()).isEqualTo(figures.computedAt().toString());
		assertThat(sent.get("leaders").asLong()).isEqualTo(figures.leaders());
		assertThat(sent.get("familiesHelped").asLong()).isEqualTo(figures.familiesHelped());
		assertThat(sent.get("countries").asLong()).isEqualTo(figures.countries());
		assertThat(sent.get("regions").asLong()).isEqualTo(figures.regions());
		assertThat(sent.get("groupsInPerson").asLong()).isEqualTo(figures.groupsInPerson());
		assertThat(sent.get("groupsOnline").asLong()).isEqualTo(figures.groupsOnline());
		assertThat(sent.get("ouncesDonated").decimalValue())
			.isEqualByComparingTo(figures.ouncesDonated().setScale(1, RoundingMode.HALF_EVEN));
		assertThat(sent.get("millilitresDonated").asLong())
			.isEqualTo(figures.millilitresDonated().setScale(0, RoundingMode.HALF_EVEN).longValueExact());
		assertThat(sent.propertyNames()).as("counts only, no names").hasSize(9);
	}

	@Test
	void theOpenApiDocumentDescribesTheImpactApi() throws Exception {
		JsonNode document = JSON.readTree(page(get("/v3/api-docs")));
		JsonNode get = document.path("paths").path("/api/impact").path("get");
		assertThat(get.path("summary").asString()).isNotBlank();
		String schema = get.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asString();
		assertThat(schema).isEqualTo("#/components/schemas/Impact");
		JsonNode properties = document.path("components").path("schemas").path("Impact").path("properties");
		assertThat(properties.propertyNames())
			.containsExactlyInAnyOrderElementsOf(List.of("computedAt", "leaders", "familiesHelped", "countries",
					"regions", "groupsInPerson", "groupsOnline", "ouncesDonated", "millilitresDonated"));
		assertThat(properties.path("regions").path("description").asString()).startsWith("States");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String text(String key, String language) {
		return Html.text(this.messages, key, language);
	}

	private static String whole(ImpactFigures figures, String language) {
		return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language))
			.format(figures.ouncesDonated().setScale(0, RoundingMode.HALF_EVEN));
	}

}
