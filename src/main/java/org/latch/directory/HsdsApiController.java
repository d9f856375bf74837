package org.latch.directory;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Referral HSDS 3.0 API, read only: its root and the organizations (every unit
 * above the local groups). Errors are RFC 9457 problems, never a 500 for bad input.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsApiController {

	static final int MAX_PER_PAGE = 200;

	private final DirectoryManagement directory;

	HsdsApiController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping({ "", "/" })
	HsdsRootView root() {
		return HsdsRootView.base();
	}

	@GetMapping("/organizations")
	HsdsPage<HsdsOrganizationView> organizations(@RequestParam(required = false) @Nullable String page,
			@RequestParam(name = "per_page", required = false) @Nullable String perPage,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(name = "modified_after", required = false) @Nullable String modifiedAfter) {
		int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1);
		int size = number("per_page", perPage, 50, MAX_PER_PAGE, 1);
		return HsdsPage.of(this.directory.organizations(search, instant(modifiedAfter)), pageNumber, size,
				HsdsOrganizationView::of);
	}

	@GetMapping("/organizations/{id}")
	HsdsOrganizationView organization(@PathVariable String id) {
		return unitId(id).flatMap(this.directory::find)
			.filter(unit -> unit.kind() != UnitKind.GROUP)
			.map(HsdsOrganizationView::of)
			.orElseThrow(NoSuchOrganization::new);
	}

	@ExceptionHandler(NoSuchOrganization.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "No organization has this id.", request);
	}

	@ExceptionHandler(BadQuery.class)
	ResponseEntity<ProblemDetail> badQuery(BadQuery error, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, error.getMessage(), request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static int number(String name, @Nullable String value, int fallback, int max, int min) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other out-of-range value
		}
		throw new BadQuery(name + " must be a whole number from " + min + " to " + max + ".");
	}

	private static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new BadQuery(
					"modified_after must be an ISO 8601 date-time with an offset, " + "such as 2025-01-31T00:00:00Z.");
		}
	}

	private static Optional<UnitId> unitId(String id) {
		try {
			return Optional.of(new UnitId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException ex) {
			// a malformed id names no organization: the same 404 as an unknown one
			return Optional.empty();
		}
	}

	/**
	 * The id names no organization (or a local group, which HSDS will show as a service).
	 */
	static class NoSuchOrganization extends RuntimeException {

	}

	/** A query parameter that cannot be understood: the client's mistake, a 400. */
	static class BadQuery extends RuntimeException {

		BadQuery(String message) {
			super(message);
		}

	}

}
