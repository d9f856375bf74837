package org.latch.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.SpreadsheetCells;

/**
 * Registrations as CSV: a campaign's for its organizers, a site's for its coordinator
 * too. Cells a spreadsheet would run as a formula are written as text.
 */
@Controller
class RegistrationCsvController {

	private static final String[] HEADER = { "reference", "status", "site", "team", "name", "email", "language",
			"people", "fee_owed", "fee_paid", "fee_paid_at", "refund_due", "registered_at" };

	private final Campaigns campaigns;

	private final Organizers organizers;

	private final RegistrationExport export;

	RegistrationCsvController(Campaigns campaigns, Organizers organizers, RegistrationExport export) {
		this.campaigns = campaigns;
		this.organizers = organizers;
		this.export = export;
	}

	@GetMapping("/campaigns/{id}/registrations.csv")
	ResponseEntity<String> campaign(@PathVariable UUID id, Principal principal) {
		this.organizers.requireOrganizer(id, principal);
		return csv("registrations-" + id + ".csv", this.export.ofCampaign(id));
	}

	@GetMapping("/campaigns/{id}/sites/{site}/registrations.csv")
	ResponseEntity<String> site(@PathVariable UUID id, @PathVariable UUID site, Principal principal) {
		if (this.campaigns.site(site).filter(found -> found.campaign().equals(id)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!this.campaigns.coordinates(site, this.organizers.account(principal))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return csv("registrations-" + site + ".csv", this.export.ofSite(site));
	}

	private static ResponseEntity<String> csv(String name, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetCells::protect).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toString());
	}

}
