package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document at {@code /v3/api-docs} describes every HSDS endpoint with the
 * parameters it reads, and nothing but the JSON API.
 */
@LatchWebTest
class OpenApiDocumentTests {

	static final Map<String, List<String>> HSDS = Map.ofEntries(Map.entry("/api/hsds", List.of()),
			Map.entry("/api/hsds/services",
					List.of("search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after",
							"postcode", "proximity", "page", "per_page")),
			Map.entry("/api/hsds/services/{id}", List.of("id")),
			Map.entry("/api/hsds/service_at_locations",
					List.of("search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after",
							"postcode", "proximity", "page", "per_page")),
			Map.entry("/api/hsds/service_at_locations/{id}", List.of("id")),
			Map.entry("/api/hsds/organizations", List.of("search", "modified_after", "page", "per_page")),
			Map.entry("/api/hsds/organizations/{id}", List.of("id")),
			Map.entry("/api/hsds/taxonomies", List.of("search", "page", "per_page")),
			Map.entry("/api/hsds/taxonomies/{id}", List.of("id")),
			Map.entry("/api/hsds/taxonomy_terms",
					List.of("search", "taxonomy_id", "parent_id", "top_only", "page", "per_page")),
			Map.entry("/api/hsds/taxonomy_terms/{id}", List.of("id")));

	@Autowired
	MockMvc mvc;

	@Test
	void theDocumentListsEveryHsdsPathWithItsParameters() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode document = HsdsSchemas.parse(body);
		assertThat(document.get("openapi").asString()).startsWith("3.");
		JsonNode paths = document.get("paths");
		assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/"));
		HSDS.forEach((path, parameters) -> {
			JsonNode get = paths.path(path).path("get");
			assertThat(get.isObject()).as(path).isTrue();
			List<String> names = get.path("parameters").valueStream().map(p -> p.get("name").asString()).toList();
			assertThat(names).as(path).containsExactlyInAnyOrderElementsOf(parameters);
			assertThat(get.path("responses")
				.path("200")
				.path("content")
				.path("application/json")
				.path("schema")
				.path("$ref")
				.asString()).as(path + " answers what the official HSDS schemas define")
				.startsWith(HsdsController.SCHEMAS);
		});
		assertThat(document.path("components").path("schemas").propertyNames())
			.as("no HSDS schemas guessed from the Java records")
			.noneMatch(name -> name.startsWith("Hsds"));
		assertThat(paths.path("/api/hsds/service_at_locations")
			.path("get")
			.path("parameters")
			.valueStream()
			.filter(p -> p.get("name").asString().equals("proximity"))
			.findFirst()
			.orElseThrow()
			.get("description")
			.asString()).contains("meters");
	}

}
