package org.latch.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.LatchWebTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HSDS 3.0 API answers what the official Open Referral schemas describe, for the
 * units above local groups.
 */
@LatchWebTest
class HsdsApiTests {

	static final HsdsSchemas schemas = new HsdsSchemas();

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	String run;

	UnitId national;

	UnitId area;

	UnitId group;

	@BeforeEach
	void aSmallNetwork() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.national = add(null, UnitKind.NATIONAL, "Liga Brasil " + this.run, "BR", null);
		this.area = add(this.national, UnitKind.AREA, "Área São Paulo " + this.run, "BR", "São Paulo");
		add(this.national, UnitKind.AREA, "Área Recife " + this.run, "BR", null);
		this.group = add(this.area, UnitKind.GROUP, "Grupo Pinheiros " + this.run, "BR", "São Paulo");
	}

	@Test
	void theRootDescribesTheApiAsTheOpenApiDocumentRequires() throws Exception {
		JsonNode root = json(get("/api/hsds/"));
		assertThat(HsdsSchemas.problems(schemas.openApi("/paths/~1/get/responses/200/content/application~1json/schema"),
				root))
			.isEmpty();
		assertThat(root.get("version").asString()).isEqualTo("3.0");
		assertThat(root.has("profile")).isTrue();
		assertThat(root.get("openapi_url").asString()).endsWith("/openapi.json");
	}

	@Test
	void theListIsAnHsdsPageOfOrganizationsWithoutLocalGroups() throws Exception {
		JsonNode page = json(get("/api/hsds/organizations").param("search", this.run));
		assertThat(HsdsSchemas.problems(schemas.openApi("/components/schemas/Page"), page)).isEmpty();
		assertThat(page.propertyNames()).contains("total_items", "total_pages", "page_number", "size", "first_page",
				"last_page", "empty", "contents");
		assertThat(page.get("total_items").asInt()).isEqualTo(3);
		for (JsonNode organization : page.get("contents")) {
			assertThat(HsdsSchemas.problems(schemas.file("compiled/organization_list.json"), organization)).isEmpty();
			assertThat(HsdsSchemas.problems(schemas.file("organization.json"), organization)).isEmpty();
		}
		assertThat(ids(page)).hasSize(3)
			.startsWith(this.national.toString())
			.contains(this.area.toString())
			.doesNotContain(this.group.toString());
		assertThat(page.get("contents").get(0).has("parent_organization_id")).isFalse();
		assertThat(page.get("contents").get(1).get("parent_organization_id").asString())
			.isEqualTo(this.national.toString());
	}

	@Test
	void oneOrganizationIsTheFullHsdsObject() throws Exception {
		JsonNode organization = json(get("/api/hsds/organizations/{id}", this.area));
		assertThat(HsdsSchemas.problems(schemas.file("organization.json"), organization)).isEmpty();
		assertThat(organization.get("id").asString()).isEqualTo(this.area.toString());
		assertThat(organization.get("name").asString()).isEqualTo("Área São Paulo " + this.run);
		assertThat(organization.get("description").asString()).contains("São Paulo, BR");
	}

	@Test
	void anOrganizationShowsTheProfileItsAdministratorsKeep() throws Exception {
		this.directory.describe(this.area, new UnitProfile(null, null, "area@example.org", null,
				"https://area.example.org/", java.util.Map.of("pt-BR", "Grupos de apoio em toda a área.")));
		JsonNode organization = json(get("/api/hsds/organizations/{id}", this.area));
		assertThat(HsdsSchemas.problems(schemas.file("organization.json"), organization)).isEmpty();
		assertThat(organization.get("description").asString()).isEqualTo("Grupos de apoio em toda a área.");
		assertThat(organization.get("email").asString()).isEqualTo("area@example.org");
		assertThat(organization.get("website").asString()).isEqualTo("https://area.example.org/");
	}

	@Test
	void theSchemasReallyRejectAnOrganizationWithoutAName() {
		JsonNode nameless = HsdsSchemas.parse("{\"id\":\"" + this.area + "\",\"description\":\"An area.\"}");
		JsonNode badId = HsdsSchemas.parse("{\"id\":\"not-a-uuid\",\"name\":\"A\",\"description\":\"An area.\"}");
		assertThat(HsdsSchemas.problems(schemas.file("organization.json"), nameless)).anyMatch(p -> p.contains("name"));
		assertThat(HsdsSchemas.problems(schemas.file("compiled/organization_list.json"), nameless)).isNotEmpty();
		assertThat(HsdsSchemas.problems(schemas.file("organization.json"), badId)).isNotEmpty();
		assertThat(HsdsSchemas.problems(schemas.openApi("/components/schemas/Page"),
				HsdsSchemas.parse("{\"total_items\":\"many\"}")))
			.isNotEmpty();
	}

	@Test
	void pagesSplitTheListAndTellWhereTheyAre() throws Exception {
		JsonNode second = json(
				get("/api/hsds/organizations").param("search", this.run).param("per_page", "1").param("page", "2"));
		assertThat(second.get("total_items").asInt()).isEqualTo(3);
		assertThat(second.get("total_pages").asInt()).isEqualTo(3);
		assertThat(second.get("page_number").asInt()).isEqualTo(2);
		assertThat(second.get("size").asInt()).isEqualTo(1);
		assertThat(second.get("first_page").asBoolean()).isFalse();
		assertThat(second.get("last_page").asBoolean()).isFalse();
		JsonNode first = json(get("/api/hsds/organizations").param("search", this.run).param("per_page", "1"));
		JsonNode last = json(
				get("/api/hsds/organizations").param("search", this.run).param("per_page", "1").param("page", "3"));
		assertThat(first.get("first_page").asBoolean()).isTrue();
		assertThat(last.get("last_page").asBoolean()).isTrue();
		assertThat(List.of(ids(first), ids(second), ids(last))).flatMap(ids -> ids)
			.containsExactlyInAnyOrderElementsOf(ids(json(get("/api/hsds/organizations").param("search", this.run))));
		JsonNode past = json(get("/api/hsds/organizations").param("search", this.run).param("page", "9"));
		assertThat(past.get("empty").asBoolean()).isTrue();
		assertThat(past.get("last_page").asBoolean()).isTrue();
	}

	@Test
	void searchIgnoresCaseAndAccents() throws Exception {
		JsonNode found = json(get("/api/hsds/organizations").param("search", "SAO paulo " + this.run));
		assertThat(ids(found)).containsExactly(this.area.toString());
		JsonNode accented = json(get("/api/hsds/organizations").param("search", "área recife " + this.run));
		assertThat(accented.get("total_items").asInt()).isEqualTo(1);
	}

	@Test
	void modifiedAfterKeepsOnlyWhatChangedSince() throws Exception {
		assertThat(json(get("/api/hsds/organizations").param("search", this.run)
			.param("modified_after", Instant.now().minusSeconds(3600).toString())).get("total_items").asInt())
			.isEqualTo(3);
		assertThat(json(get("/api/hsds/organizations").param("search", this.run)
			.param("modified_after", "2999-01-01T00:00:00+02:00")).get("total_items").asInt()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "page,0", "page,x", "page,-1", "page,99999999999", "per_page,0", "per_page,201", "per_page,ten",
			"modified_after,yesterday", "modified_after,2025-13-01T00:00:00Z", "modified_after,2025-01-01" })
	void badQueriesAreProblemsNotServerErrors(String name, String value) throws Exception {
		this.mvc.perform(get("/api/hsds/organizations").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(name)));
	}

	@ParameterizedTest
	@CsvSource({ "00000000-0000-0000-0000-000000000000", "not-a-uuid", "12345" })
	void unknownOrMalformedIdsAreNotFoundProblems(String id) throws Exception {
		this.mvc.perform(get("/api/hsds/organizations/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void aLocalGroupIsNoOrganization() throws Exception {
		this.mvc.perform(get("/api/hsds/organizations/{id}", this.group)).andExpect(status().isNotFound());
	}

	private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return HsdsSchemas.parse(body);
	}

	private static List<String> ids(JsonNode page) {
		return page.get("contents").valueStream().map(o -> o.get("id").asString()).toList();
	}

	private UnitId add(UnitId parent, UnitKind kind, String name, String country, String city) {
		String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + kind.name();
		return this.directory
			.add(new NewUnit(parent, kind, slug, name, country, null, city, null, null, false, List.of("pt-BR")));
	}

}
