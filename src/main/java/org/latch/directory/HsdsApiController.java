package org.latch.directory;

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
 * The Open Referral HSDS 3.0 API, read only: its root and the organizations (every unit
 * above the local groups).
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS 3.0", description = "Open Referral Human Services Data API, read only")
class HsdsApiController extends HsdsController {

	private final DirectoryManagement directory;

	HsdsApiController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "What this API is", description = "The HSDS version, profile and OpenAPI document.")
	@ApiResponse(responseCode = "200", description = "The API's metadata.",
			content = @Content(schema = @Schema(ref = PATHS + "~1" + OK)))
	HsdsRootView root() {
		return HsdsRootView.base();
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations",
			description = "Every unit above the local groups (international, national, area), as a tree.")
	@ApiResponse(responseCode = "200", description = "A page of organizations.",
			content = @Content(schema = @Schema(ref = PATHS + "~1organizations" + OK)))
	@ApiResponse(responseCode = "400", description = BAD_QUERY,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsPage<HsdsOrganizationView> organizations(
			@Parameter(description = "Words in the name, ignoring case and accents.") @RequestParam(
					required = false) @Nullable String search,
			@Parameter(description = "Only organizations changed at or after this ISO 8601 date-time with offset.",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(name = "modified_after",
							required = false) @Nullable String modifiedAfter,
			@Parameter(description = "Page number, from 1.",
					schema = @Schema(type = "integer", minimum = "1")) @RequestParam(
							required = false) @Nullable String page,
			@Parameter(description = "Items per page, 1 to 100 (default 50).",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(name = "per_page",
							required = false) @Nullable String perPage) {
		int pageNumber = HsdsParameters.page(page);
		int size = HsdsParameters.perPage(perPage);
		return HsdsPage.of(
				this.directory.organizations(HsdsParameters.search(search), HsdsParameters.instant(modifiedAfter)),
				pageNumber, size, this::withProfile);
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organization")
	@ApiResponse(responseCode = "200", description = "The organization.",
			content = @Content(schema = @Schema(ref = SCHEMAS + "organization.json")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	HsdsOrganizationView organization(@PathVariable String id) {
		return HsdsParameters.id(id)
			.map(UnitId::new)
			.flatMap(this.directory::find)
			.filter(unit -> unit.kind() != UnitKind.GROUP)
			.map(this::withProfile)
			.orElseThrow(() -> new HsdsNotFound("organization"));
	}

	private HsdsOrganizationView withProfile(UnitView unit) {
		return HsdsOrganizationView.of(unit, this.directory.profile(unit.id()).orElse(null));
	}

}
