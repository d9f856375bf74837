package org.latch.helprequest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.directory.Steward;
import org.latch.directory.UnitView;
import org.latch.platform.FormErrors;
import org.latch.platform.Localizer;

/**
 * Activity reports at {@code /leader/reports} and as CSV: a Leader's own, a group's they
 * lead, or any unit's an administrator reaches, for a month or a year. A unit out of
 * reach is refused (403); a malformed choice is explained next to its field.
 */
@Controller
class ReportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ActivityReports reports;

	private final LeaderUnits units;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Clock clock;

	ReportController(ActivityReports reports, LeaderUnits units, AccountManagement accounts, MessageSource messages,
			Clock clock) {
		this.reports = reports;
		this.units = units;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/leader/reports")
	String page(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String period, Principal principal, Model model,
			HttpServletResponse response) {
		Asked asked = ask(principal, scope, period);
		if (asked.errors().any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		ActivityReport report = asked.errors().any() ? null
				: this.reports.report(asked.scope().orElseThrow(), asked.period().orElseThrow());
		model.addAttribute("reports",
				new ReportPage(asked.options(), asked.scopeText(), asked.periodText(), asked.errors(), report));
		return "helprequest/reports";
	}

	@GetMapping("/leader/reports.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String period, Principal principal, Locale locale) {
		Asked asked = ask(principal, scope, period);
		if (asked.errors().any()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ActivityReport report = this.reports.report(asked.scope().orElseThrow(), asked.period().orElseThrow());
		String name = "activity-" + report.scope().slug() + "-" + report.period().text() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(ReportCsv.write(report, new Localizer(this.messages, locale)));
	}

	/** What was asked, checked: 403 for a person or unit out of reach. */
	private Asked ask(Principal principal, @Nullable String scope, @Nullable String period) {
		Person person = this.accounts.person(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		Steward steward = this.units.steward(person.email());
		if (!steward.any()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		List<UnitView> reachable = this.units.reportable(steward);
		List<ReportPage.Option> options = new ArrayList<>();
		if (!steward.leads().isEmpty()) {
			options.add(new ReportPage.Option(ReportScope.ME, null));
		}
		reachable.forEach(unit -> options.add(new ReportPage.Option(unit.id().toString(), unit.name())));
		String scopeText = (scope == null || scope.isBlank())
				? (options.isEmpty() ? ReportScope.ME : options.getFirst().value()) : scope.strip();
		String periodText = (period == null || period.isBlank()) ? YearMonth.now(this.clock).toString()
				: period.strip();
		FormErrors errors = FormErrors.none();
		Optional<ReportScope> chosen = scope(person, steward, scopeText);
		if (chosen.isEmpty()) {
			errors.reject("scope", "validation.reports.scope");
		}
		Optional<ReportPeriod> months = ReportPeriod.parse(periodText);
		if (months.isEmpty()) {
			errors.reject("period", "validation.reports.period");
		}
		return new Asked(options, scopeText, periodText, errors, chosen, months);
	}

	/** The scope asked for; empty when malformed, 403 when out of reach. */
	private Optional<ReportScope> scope(Person person, Steward steward, String text) {
		if (text.equals(ReportScope.ME)) {
			return Optional.of(ReportScope.me(person.id()));
		}
		UUID id;
		try {
			id = UUID.fromString(text);
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		UnitView unit = this.units.find(id)
			.filter(found -> this.units.reaches(steward, found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		return Optional.of(ReportScope.of(unit, this.units.subtree(unit)));
	}

	private record Asked(List<ReportPage.Option> options, String scopeText, String periodText, FormErrors errors,
			Optional<ReportScope> scope, Optional<ReportPeriod> period) {
	}

}
