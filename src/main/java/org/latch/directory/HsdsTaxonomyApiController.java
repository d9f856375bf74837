package org.latch.directory;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Latch's taxonomies and their terms (audiences, meeting formats, accessibility), which
 * classify services through their {@code attributes} and filter them with
 * {@code taxonomy_term_id} and {@code taxonomy_id}.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS 3.0")
class HsdsTaxonomyApiController extends HsdsController {

	@GetMapping("/taxonomies")
	@Operation(summary = "Taxonomies", description = "Latch's classifications of meetings.")
	@ApiResponse(responseCode = "200", description = "A page of taxonomies.",
			content = @Content(schema = @Schema(ref = PATHS + "~1taxonomies" + OK)))
	@ApiResponse(responseCode = "400", description = BAD_QUERY,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsPage<HsdsTaxonomyView> taxonomies(
			@Parameter(description = "Words in the name or description, ignoring case and accents.") @RequestParam(
					required = false) @Nullable String search,
			@Parameter(description = "Page number, from 1.",
					schema = @Schema(type = "integer", minimum = "1")) @RequestParam(
							required = false) @Nullable String page,
			@Parameter(description = "Items per page, 1 to 100 (default 50).",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(name = "per_page",
							required = false) @Nullable String perPage) {
		int pageNumber = HsdsParameters.page(page);
		int size = HsdsParameters.perPage(perPage);
		List<String> words = HsdsFilter.words(HsdsParameters.search(search));
		return HsdsPage.of(HsdsTaxonomy.TAXONOMIES.stream()
			.filter(taxonomy -> matches(words, taxonomy.name() + " " + taxonomy.description()))
			.toList(), pageNumber, size, taxonomy -> taxonomy);
	}

	@GetMapping("/taxonomies/{id}")
	@Operation(summary = "One taxonomy")
	@ApiResponse(responseCode = "200", description = "The taxonomy.",
			content = @Content(schema = @Schema(ref = SCHEMAS + "taxonomy.json")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsTaxonomyView taxonomy(@PathVariable String id) {
		return HsdsParameters.id(id).flatMap(HsdsTaxonomy::taxonomy).orElseThrow(() -> new HsdsNotFound("taxonomy"));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "Taxonomy terms", description = "Every term of Latch's taxonomies; none has a parent.")
	@ApiResponse(responseCode = "200", description = "A page of taxonomy terms.",
			content = @Content(schema = @Schema(ref = PATHS + "~1taxonomy_terms" + OK)))
	@ApiResponse(responseCode = "400", description = BAD_QUERY,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsPage<HsdsTaxonomyTermView> taxonomyTerms(
			@Parameter(description = "Words in the name or description, ignoring case and accents.") @RequestParam(
					required = false) @Nullable String search,
			@Parameter(description = "Only terms of this taxonomy.") @RequestParam(name = "taxonomy_id",
					required = false) @Nullable String taxonomyId,
			@Parameter(description = "Only terms with this parent: Latch's terms have none.") @RequestParam(
					name = "parent_id", required = false) @Nullable String parentId,
			@Parameter(description = "Only terms without a parent (all of Latch's).",
					schema = @Schema(type = "boolean")) @RequestParam(name = "top_only",
							required = false) @Nullable String topOnly,
			@Parameter(description = "Page number, from 1.",
					schema = @Schema(type = "integer", minimum = "1")) @RequestParam(
							required = false) @Nullable String page,
			@Parameter(description = "Items per page, 1 to 100 (default 50).",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(name = "per_page",
							required = false) @Nullable String perPage) {
		int pageNumber = HsdsParameters.page(page);
		int size = HsdsParameters.perPage(perPage);
		List<String> words = HsdsFilter.words(HsdsParameters.search(search));
		UUID taxonomy = HsdsParameters.filterId("taxonomy_id", taxonomyId);
		UUID parent = HsdsParameters.filterId("parent_id", parentId);
		HsdsParameters.bool("top_only", topOnly);
		return HsdsPage.of(HsdsTaxonomy.TERMS.stream()
			.filter(term -> parent == null)
			.filter(term -> taxonomy == null || term.taxonomyId().equals(taxonomy))
			.filter(term -> matches(words, term.name() + " " + term.description() + " " + term.code()))
			.toList(), pageNumber, size, term -> term);
	}

	@GetMapping("/taxonomy_terms/{id}")
	@Operation(summary = "One taxonomy term")
	@ApiResponse(responseCode = "200", description = "The taxonomy term.",
			content = @Content(schema = @Schema(ref = SCHEMAS + "taxonomy_term.json")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsTaxonomyTermView taxonomyTerm(@PathVariable String id) {
		return HsdsParameters.id(id).flatMap(HsdsTaxonomy::term).orElseThrow(() -> new HsdsNotFound("taxonomy term"));
	}

	private static boolean matches(List<String> words, String text) {
		return words.stream().allMatch(word -> new SearchText(word).isFoundIn(text));
	}

}
