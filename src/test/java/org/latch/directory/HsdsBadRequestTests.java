package org.latch.directory;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever a client sends to the HSDS API, it gets an answer or an RFC 9457 problem
 * naming what was wrong: never a server error.
 */
@LatchWebTest
class HsdsBadRequestTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "/services,page,0", "/services,per_page,101", "/services,per_page,x", "/services,proximity,5000",
			"/services,taxonomy_term_id,not-a-uuid", "/services,organization_id,12345",
			"/services,modified_after,yesterday", "/service_at_locations,page,-1",
			"/service_at_locations,taxonomy_id,'; drop table meeting; --'",
			"/service_at_locations,postcode,Qwxzyville Nowhere", "/service_at_locations,modified_after,2026-02-30",
			"/taxonomies,per_page,0", "/taxonomy_terms,top_only,maybe", "/taxonomy_terms,parent_id,x",
			"/organizations,per_page,101" })
	void badParametersAreProblemsNamingThem(String path, String name, String value) throws Exception {
		this.mvc.perform(get("/api/hsds" + path).param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString(name)));
	}

	@ParameterizedTest
	@CsvSource({ "-5", "0", "abc", "NaN", "Infinity", "99999999999" })
	void proximityIsAPositiveDistanceInMeters(String proximity) throws Exception {
		this.mvc.perform(get("/api/hsds/service_at_locations").param("postcode", "10001").param("proximity", proximity))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("meters")));
	}

	@ParameterizedTest
	@CsvSource({ "/services", "/service_at_locations", "/taxonomies", "/taxonomy_terms" })
	void aHugeSearchIsRefusedAndWeirdOnesFindNothing(String path) throws Exception {
		this.mvc.perform(get("/api/hsds" + path).param("search", "x".repeat(5000))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/hsds" + path).param("search", "<script>alert(1)</script> ' \" \\ %00 \u202e"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total_items").value(0));
	}

	@ParameterizedTest
	@CsvSource({ "/services/", "/service_at_locations/", "/taxonomies/", "/taxonomy_terms/" })
	void unknownOrMalformedIdsAreNotFoundProblems(String path) throws Exception {
		for (String id : new String[] { UUID.randomUUID().toString(), "not-a-uuid", "1-1-1-1-1" }) {
			this.mvc.perform(get("/api/hsds" + path + id))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404));
		}
	}

}
