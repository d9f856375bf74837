package org.latch.partner.benefit;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Checks every field of the ledger's forms and names the message for each that is wrong;
 * nothing is saved unless none is.
 */
final class LedgerChecks {

	private LedgerChecks() {
	}

	static FormErrors promotion(PromotionForm form, LocalDate today) {
		FormErrors errors = FormErrors.none();
		if (Arrays.stream(Promotion.Kind.values()).noneMatch(kind -> kind.name().equals(form.kind()))) {
			errors.reject("kind", "validation.benefits.kind");
		}
		text(errors, "title", form.title(), 3, 150);
		if (link(form.link()).isEmpty()) {
			errors.reject("link", "validation.benefits.link");
		}
		Optional<LocalDate> day = date(form.day());
		if (day.isEmpty() || day.get().isBefore(today.minusYears(1)) || day.get().isAfter(today.plusYears(2))) {
			errors.reject("day", "validation.benefits.day");
		}
		text(errors, "summary", form.summary(), 10, 300);
		return errors;
	}

	static FormErrors obligation(ObligationForm form) {
		FormErrors errors = FormErrors.none();
		Optional<Obligation.Kind> kind = Arrays.stream(Obligation.Kind.values())
			.filter(k -> k.name().equals(form.offer()))
			.findFirst();
		if (kind.isEmpty()) {
			errors.reject("offer", "validation.benefits.offer");
		}
		text(errors, "details", form.details(), 3, 500);
		boolean known = form.languages() != null && form.languages()
			.stream()
			.allMatch(tag -> Language.all().stream().anyMatch(language -> language.tag().equals(tag)));
		if (!known || (kind.orElse(null) == Obligation.Kind.TRANSLATION && form.languages().isEmpty())) {
			errors.reject("languages", "validation.benefits.languages");
		}
		return errors;
	}

	static FormErrors meeting(MeetingForm form, Instant now) {
		FormErrors errors = FormErrors.none();
		text(errors, "title", form.title(), 3, 150);
		Optional<LocalDate> date = date(form.date());
		Optional<LocalTime> time = time(form.time());
		Optional<ZoneId> zone = zone(form.zone());
		if (date.isEmpty()) {
			errors.reject("date", "validation.benefits.meeting-date");
		}
		if (time.isEmpty()) {
			errors.reject("time", "validation.benefits.meeting-time");
		}
		if (zone.isEmpty()) {
			errors.reject("zone", "validation.benefits.zone");
		}
		if (date.isPresent() && time.isPresent() && zone.isPresent()) {
			Instant at = date.get().atTime(time.get()).atZone(zone.get()).toInstant();
			if (!at.isAfter(now) || at.isAfter(now.atZone(ZoneOffset.UTC).plusYears(2).toInstant())) {
				errors.reject("date", "validation.benefits.meeting-future");
			}
		}
		if (link(form.link()).filter(uri -> uri.getScheme().equals("https")).isEmpty()) {
			errors.reject("link", "validation.benefits.meeting-link");
		}
		return errors;
	}

	static FormErrors reason(@Nullable String reason) {
		return text(FormErrors.none(), "reason", reason, 3, 500);
	}

	/** The meeting's start, once {@link #meeting} found nothing wrong. */
	static Instant startOf(MeetingForm form) {
		return LocalDate.parse(form.date())
			.atTime(LocalTime.parse(form.time()))
			.atZone(ZoneId.of(PromotionForm.orEmpty(form.zone())))
			.toInstant();
	}

	private static FormErrors text(FormErrors errors, String field, @Nullable String value, int min, int max) {
		String text = (value == null) ? "" : value.strip();
		if (text.length() < min || text.length() > max || text.codePoints().anyMatch(LedgerChecks::hidden)) {
			errors.reject(field, "validation.benefits." + field);
		}
		return errors;
	}

	/** Control, format and private-use characters have no place in a line of text. */
	private static boolean hidden(int c) {
		int type = Character.getType(c);
		return (type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') || type == Character.FORMAT
				|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
	}

	/** An absolute http or https address with a host, at most 500 characters. */
	static Optional<URI> link(@Nullable String value) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty() || text.length() > 500) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(text);
			boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
			return (web && uri.getHost() != null && !uri.getHost().isBlank()) ? Optional.of(uri) : Optional.empty();
		}
		catch (URISyntaxException invalid) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(@Nullable String value) {
		try {
			return (value == null || value.length() != 10) ? Optional.empty() : Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeException invalid) {
			return Optional.empty();
		}
	}

	private static Optional<LocalTime> time(@Nullable String value) {
		try {
			return (value == null || value.length() != 5) ? Optional.empty() : Optional.of(LocalTime.parse(value));
		}
		catch (DateTimeException invalid) {
			return Optional.empty();
		}
	}

	private static Optional<ZoneId> zone(@Nullable String value) {
		if (value == null || value.length() > 60 || !ZoneId.getAvailableZoneIds().contains(value)) {
			return Optional.empty();
		}
		return Optional.of(ZoneId.of(value));
	}

}
