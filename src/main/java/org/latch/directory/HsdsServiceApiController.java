package org.latch.directory;

import java.util.Locale;

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

import org.latch.geo.GeoManagement;

/**
 * HSDS services (every recurring meeting of a local group) and services at locations
 * (every meeting held at its group's place). Descriptions are given in the language of
 * {@code ?lang=} or Accept-Language when the group wrote one in it.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS 3.0")
class HsdsServiceApiController extends HsdsController {

	private static final String SEARCH = "Words that must all appear in the names or descriptions, "
			+ "ignoring case and accents.";

	private static final String TERM = "Only meetings classified with this taxonomy term (see /api/hsds/taxonomy_terms).";

	private static final String TAXONOMY = "Only meetings with any term of this taxonomy.";

	private static final String ORGANIZATION = "Only meetings of groups within this organization, at any depth.";

	private static final String MODIFIED = "Only meetings changed (or whose group changed) at or after this "
			+ "ISO 8601 date-time with offset, such as 2026-01-31T00:00:00Z.";

	private static final String POSTCODE = "A US ZIP code or a place name (accents optional): only meetings at a "
			+ "place, nearest first. Online meetings have no place.";

	private static final String PROXIMITY = "With postcode: only places within this many meters of it.";

	private final HsdsServices services;

	private final GeoManagement geo;

	HsdsServiceApiController(HsdsServices services, GeoManagement geo) {
		this.services = services;
		this.geo = geo;
	}

	@GetMapping("/services")
	@Operation(summary = "Services: groups' recurring meetings",
			description = "One-to-one fields only; /services/{id} gives schedules, languages, contacts and more.")
	@ApiResponse(responseCode = "200", description = "A page of services.",
			content = @Content(schema = @Schema(ref = PATHS + "~1services" + OK)))
	@ApiResponse(responseCode = "400", description = BAD_QUERY,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsPage<HsdsServiceView> services(
			@Parameter(description = SEARCH) @RequestParam(required = false) @Nullable String search,
			@Parameter(description = TERM) @RequestParam(name = "taxonomy_term_id",
					required = false) @Nullable String taxonomyTermId,
			@Parameter(description = TAXONOMY) @RequestParam(name = "taxonomy_id",
					required = false) @Nullable String taxonomyId,
			@Parameter(description = ORGANIZATION) @RequestParam(name = "organization_id",
					required = false) @Nullable String organizationId,
			@Parameter(description = MODIFIED, schema = @Schema(type = "string", format = "date-time")) @RequestParam(
					name = "modified_after", required = false) @Nullable String modifiedAfter,
			@Parameter(description = POSTCODE) @RequestParam(required = false) @Nullable String postcode,
			@Parameter(description = PROXIMITY,
					schema = @Schema(type = "number")) @RequestParam(required = false) @Nullable String proximity,
			@Parameter(description = "Page number, from 1.",
					schema = @Schema(type = "integer", minimum = "1")) @RequestParam(
							required = false) @Nullable String page,
			@Parameter(description = "Items per page, 1 to 100 (default 50).",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(name = "per_page",
							required = false) @Nullable String perPage,
			Locale locale) {
		int pageNumber = HsdsParameters.page(page);
		int size = HsdsParameters.perPage(perPage);
		HsdsFilter filter = filter(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, postcode,
				proximity);
		return this.services.services(filter, pageNumber, size, language(locale));
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "One service, fully nested",
			description = "With schedules from the meeting's RFC 5545 rule, languages, service areas, contacts, "
					+ "phones, its service at location (if it meets in person) and taxonomy attributes.")
	@ApiResponse(responseCode = "200", description = "The service.",
			content = @Content(schema = @Schema(ref = SCHEMAS + "service.json")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsServiceView service(@PathVariable String id, Locale locale) {
		return HsdsParameters.id(id)
			.flatMap(found -> this.services.service(found, language(locale)))
			.orElseThrow(() -> new HsdsNotFound("service"));
	}

	@GetMapping("/service_at_locations")
	@Operation(summary = "Services at locations: meetings at their group's place",
			description = "In-person and hybrid meetings with the place's coordinates; near a postcode, nearest "
					+ "first with distance_meters.")
	@ApiResponse(responseCode = "200", description = "A page of services at locations.",
			content = @Content(schema = @Schema(ref = PATHS + "~1service_at_locations" + OK)))
	@ApiResponse(responseCode = "400", description = BAD_QUERY,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsPage<HsdsServiceAtLocationView> servicesAtLocations(
			@Parameter(description = SEARCH) @RequestParam(required = false) @Nullable String search,
			@Parameter(description = TERM) @RequestParam(name = "taxonomy_term_id",
					required = false) @Nullable String taxonomyTermId,
			@Parameter(description = TAXONOMY) @RequestParam(name = "taxonomy_id",
					required = false) @Nullable String taxonomyId,
			@Parameter(description = ORGANIZATION) @RequestParam(name = "organization_id",
					required = false) @Nullable String organizationId,
			@Parameter(description = MODIFIED, schema = @Schema(type = "string", format = "date-time")) @RequestParam(
					name = "modified_after", required = false) @Nullable String modifiedAfter,
			@Parameter(description = POSTCODE) @RequestParam(required = false) @Nullable String postcode,
			@Parameter(description = PROXIMITY,
					schema = @Schema(type = "number")) @RequestParam(required = false) @Nullable String proximity,
			@Parameter(description = "Page number, from 1.",
					schema = @Schema(type = "integer", minimum = "1")) @RequestParam(
							required = false) @Nullable String page,
			@Parameter(description = "Items per page, 1 to 100 (default 50).",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(name = "per_page",
							required = false) @Nullable String perPage,
			Locale locale) {
		int pageNumber = HsdsParameters.page(page);
		int size = HsdsParameters.perPage(perPage);
		HsdsFilter filter = filter(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter, postcode,
				proximity);
		return this.services.servicesAtLocations(filter, pageNumber, size, language(locale));
	}

	@GetMapping("/service_at_locations/{id}")
	@Operation(summary = "One service at location, fully nested",
			description = "With the location's address, languages and accessibility, the service and schedules.")
	@ApiResponse(responseCode = "200", description = "The service at location.",
			content = @Content(schema = @Schema(ref = SCHEMAS + "service_at_location.json")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsServiceAtLocationView serviceAtLocation(@PathVariable String id, Locale locale) {
		return HsdsParameters.id(id)
			.flatMap(found -> this.services.serviceAtLocation(found, language(locale)))
			.orElseThrow(() -> new HsdsNotFound("service at location"));
	}

	private HsdsFilter filter(@Nullable String search, @Nullable String taxonomyTermId, @Nullable String taxonomyId,
			@Nullable String organizationId, @Nullable String modifiedAfter, @Nullable String postcode,
			@Nullable String proximity) {
		HsdsParameters.Near near = HsdsParameters.near(this.geo, postcode, proximity);
		return new HsdsFilter(HsdsFilter.words(HsdsParameters.search(search)), near.point(), near.meters(),
				HsdsParameters.filterId("taxonomy_term_id", taxonomyTermId),
				HsdsParameters.filterId("taxonomy_id", taxonomyId),
				HsdsParameters.filterId("organization_id", organizationId), HsdsParameters.instant(modifiedAfter));
	}

}
