package org.latch.impact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The impact figures as JSON, for partners' sites and reports. */
@RestController
@Tag(name = "Impact", description = "The network's live figures")
class ImpactApiController {

	private final LiveFigures figures;

	ImpactApiController(LiveFigures figures) {
		this.figures = figures;
	}

	@GetMapping(path = "/api/impact", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Live impact figures",
			description = "Network-wide counts computed from Latch's records, never typed in, with the time they "
					+ "were computed; kept for a minute. No names and no per-organization breakdown.")
	@ApiResponse(responseCode = "200", description = "The figures.")
	ImpactView impact() {
		return ImpactView.of(this.figures.current());
	}

}
