package org.latch.directory;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What {@code GET /api/hsds/} says about the API: the HSDS version it speaks, the profile
 * (none: the base specification) and the OpenAPI document that defines it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsRootView(String version, String profile, String openapiUrl) {

	/** Latch serves a subset of the base HSDS 3.0 API, without a profile of its own. */
	static HsdsRootView base() {
		return new HsdsRootView("3.0", "https://github.com/openreferral/specification/tree/3.0",
				"https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
	}

}
