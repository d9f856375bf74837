package org.latch.directory;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.latch.platform.Language;

/**
 * What every HSDS 3.0 API controller shares: errors as RFC 9457 problems (a bad parameter
 * is a 400 naming it, an unknown id a 404, never a 500), and the language descriptions
 * are given in.
 */
abstract class HsdsController {

	/** Where the official HSDS 3.0 schemas are published. */
	static final String SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

	/** The official API description, whose list responses the lists here follow. */
	static final String PATHS = SCHEMAS + "openapi.json#/paths/";

	static final String OK = "/get/responses/200/content/application~1json/schema";

	static final String BAD_QUERY = "A query parameter cannot be understood; the problem's detail names it.";

	static final String NOT_FOUND = "Nothing of this kind has this id (or it is no id).";

	@ExceptionHandler(HsdsNotFound.class)
	ResponseEntity<ProblemDetail> notFound(HsdsNotFound error, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, error.getMessage(), request);
	}

	@ExceptionHandler(HsdsBadQuery.class)
	ResponseEntity<ProblemDetail> badQuery(HsdsBadQuery error, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, error.getMessage(), request);
	}

	/**
	 * The language of descriptions: {@code ?lang=}, cookie or Accept-Language, as for
	 * pages.
	 */
	static String language(Locale locale) {
		return Language.of(locale).tag();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
