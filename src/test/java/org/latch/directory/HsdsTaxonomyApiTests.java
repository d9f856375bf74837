package org.latch.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.directory.HsdsFixtures.ids;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Latch's taxonomies (audiences, meeting formats, accessibility) are published as HSDS
 * taxonomies and terms with ids that never change.
 */
@LatchWebTest
class HsdsTaxonomyApiTests {

	static final HsdsSchemas schemas = new HsdsSchemas();

	@Autowired
	MockMvc mvc;

	@Test
	void theTaxonomiesAreAValidPage() throws Exception {
		JsonNode page = HsdsFixtures.json(this.mvc, get("/api/hsds/taxonomies"));
		assertThat(HsdsSchemas.problems(schemas.openApi("/components/schemas/Page"), page)).isEmpty();
		assertThat(page.get("total_items").asInt()).isEqualTo(3);
		for (JsonNode taxonomy : page.get("contents")) {
			assertThat(HsdsSchemas.problems(schemas.file("taxonomy.json"), taxonomy)).isEmpty();
		}
		JsonNode one = HsdsFixtures.json(this.mvc, get("/api/hsds/taxonomies/" + HsdsTaxonomy.AUDIENCE.id()));
		assertThat(HsdsSchemas.problems(schemas.file("taxonomy.json"), one)).isEmpty();
		assertThat(one.get("name").asString()).isEqualTo("Latch audiences");
	}

	@Test
	void everyAudienceFormatAndAccessibilityIsAValidTerm() throws Exception {
		JsonNode page = HsdsFixtures.json(this.mvc, get("/api/hsds/taxonomy_terms").param("per_page", "100"));
		int expected = Audience.values().length + MeetingFormat.values().length + Accessibility.values().length;
		assertThat(page.get("total_items").asInt()).isEqualTo(expected);
		for (JsonNode term : page.get("contents")) {
			assertThat(HsdsSchemas.problems(schemas.file("taxonomy_term.json"), term)).isEmpty();
		}
		JsonNode lgbtq = HsdsFixtures.json(this.mvc,
				get("/api/hsds/taxonomy_terms/" + HsdsTaxonomy.term(Audience.LGBTQ_FAMILIES).id()));
		assertThat(lgbtq.get("name").asString()).isEqualTo("LGBTQ+ families");
		assertThat(lgbtq.get("code").asString()).isEqualTo("lgbtq_families");
		assertThat(lgbtq.get("taxonomy_id").asString()).isEqualTo(HsdsTaxonomy.AUDIENCE.id().toString());
	}

	@Test
	void termsFilterByTaxonomyAndWords() throws Exception {
		assertThat(ids(HsdsFixtures.json(this.mvc,
				get("/api/hsds/taxonomy_terms").param("taxonomy_id", HsdsTaxonomy.FORMAT.id().toString()))))
			.hasSize(MeetingFormat.values().length);
		assertThat(ids(HsdsFixtures.json(this.mvc, get("/api/hsds/taxonomy_terms").param("search", "PARKING"))))
			.containsExactly(HsdsTaxonomy.term(Accessibility.PARKING).id().toString());
		assertThat(ids(HsdsFixtures.json(this.mvc,
				get("/api/hsds/taxonomy_terms").param("parent_id", java.util.UUID.randomUUID().toString()))))
			.isEmpty();
	}

	@Test
	void idsAreNameBasedAndStable() {
		assertThat(HsdsTaxonomy.term(Audience.NEWBORN).id())
			.isEqualTo(HsdsEntry.id("taxonomy_term", HsdsEntry.id("taxonomy", "audience"), "NEWBORN"));
	}

}
