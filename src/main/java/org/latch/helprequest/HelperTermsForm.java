package org.latch.helprequest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * The Leader's terms as typed: whole kilometres and a monthly number as text, days as
 * checkboxes, an optional last day away. {@link #check} turns it into
 * {@link HelperTerms}.
 */
record HelperTermsForm(@Nullable Boolean accepting, @Nullable Boolean takesOnline, @Nullable String reachKm,
		@Nullable String monthlyCap, @Nullable Set<DayOfWeek> weekdays, @Nullable String awayUntil) {

	static HelperTermsForm of(HelperTerms terms) {
		return new HelperTermsForm(terms.accepting(), terms.takesOnline(), String.valueOf(terms.reachKm()),
				String.valueOf(terms.monthlyCap()), terms.weekdays(),
				(terms.awayUntil() == null) ? "" : terms.awayUntil().toString());
	}

	/** A checkbox left unticked is not sent: none means no. */
	boolean accepts() {
		return Boolean.TRUE.equals(this.accepting);
	}

	boolean answersOnline() {
		return Boolean.TRUE.equals(this.takesOnline);
	}

	boolean has(DayOfWeek day) {
		return this.weekdays != null && this.weekdays.contains(day);
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	/** The terms, or empty with each problem added next to its field. */
	Optional<HelperTerms> check(FormErrors errors, HelperTerms current) {
		int reach = number(this.reachKm, 1, HelperTerms.MAX_REACH_KM);
		if (reach < 0) {
			errors.reject("reachKm", "validation.helper.reach");
		}
		int cap = number(this.monthlyCap, 0, HelperTerms.MAX_MONTHLY_CAP);
		if (cap < 0) {
			errors.reject("monthlyCap", "validation.helper.cap");
		}
		Set<DayOfWeek> days = (this.weekdays == null || this.weekdays.isEmpty()) ? Set.of()
				: EnumSet.copyOf(this.weekdays);
		if (accepts() && days.isEmpty()) {
			errors.reject("weekdays", "validation.helper.days");
		}
		LocalDate away = null;
		String typed = (this.awayUntil == null) ? "" : this.awayUntil.strip();
		if (!typed.isEmpty()) {
			try {
				away = LocalDate.parse(typed);
			}
			catch (DateTimeParseException ex) {
				errors.reject("awayUntil", "validation.helper.away");
			}
		}
		if (errors.any()) {
			return Optional.empty();
		}
		return Optional.of(new HelperTerms(accepts(), answersOnline(), reach, cap, days, away, current.timeZone()));
	}

	private static int number(@Nullable String text, int min, int max) {
		String typed = (text == null) ? "" : text.strip();
		if (!typed.matches("[0-9]{1,4}")) {
			return -1;
		}
		int value = Integer.parseInt(typed);
		return (value < min || value > max) ? -1 : value;
	}

}
