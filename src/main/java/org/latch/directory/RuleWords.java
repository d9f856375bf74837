package org.latch.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.latch.platform.Localizer;

/**
 * A meeting's RFC 5545 rule in words of the page language, e.g. "2nd Tuesday of every
 * month". Rules the words cannot say exactly (several ordinals, yearly rules, BYSETPOS)
 * fall back to a general sentence: the page lists the actual dates anyway.
 */
final class RuleWords {

	private static final Pattern WEEKDAY = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");

	private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	/** Parts this class can put into words; any other part means "fall back". */
	private static final List<String> KNOWN = List.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL",
			"WKST");

	private final Localizer i18n;

	private final Function<LocalDate, String> dates;

	RuleWords(Localizer i18n, Function<LocalDate, String> dates) {
		this.i18n = i18n;
		this.dates = dates;
	}

	String describe(String rrule) {
		Map<String, String> parts = parts(rrule);
		String words = pattern(parts);
		if (parts.containsKey("COUNT")) {
			words = this.i18n.t("group.rule.count", words, Integer.parseInt(parts.get("COUNT")));
		}
		else if (parts.containsKey("UNTIL")) {
			String until = parts.get("UNTIL");
			LocalDate last = LocalDate.of(Integer.parseInt(until.substring(0, 4)),
					Integer.parseInt(until.substring(4, 6)), Integer.parseInt(until.substring(6, 8)));
			words = this.i18n.t("group.rule.until", words, this.dates.apply(last));
		}
		return capitalized(words);
	}

	private String pattern(Map<String, String> parts) {
		if (!KNOWN.containsAll(parts.keySet())) {
			return this.i18n.t("group.rule.other");
		}
		int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
		String byDay = parts.get("BYDAY");
		return switch (parts.getOrDefault("FREQ", "")) {
			case "DAILY" -> (byDay != null || parts.containsKey("BYMONTHDAY")) ? this.i18n.t("group.rule.other")
					: interval == 1 ? this.i18n.t("group.rule.daily") : this.i18n.t("group.rule.daily.every", interval);
			case "WEEKLY" -> weekly(byDay, interval, parts);
			case "MONTHLY" -> monthly(byDay, parts.get("BYMONTHDAY"), interval);
			default -> this.i18n.t("group.rule.other");
		};
	}

	private String weekly(String byDay, int interval, Map<String, String> parts) {
		if (byDay == null || parts.containsKey("BYMONTHDAY")) {
			return this.i18n.t("group.rule.other");
		}
		List<String> days = new ArrayList<>();
		for (String entry : byDay.split(",")) {
			Matcher matcher = WEEKDAY.matcher(entry);
			if (!matcher.matches() || matcher.group(1) != null) {
				return this.i18n.t("group.rule.other");
			}
			days.add(day(matcher.group(2)));
		}
		String list = joined(days);
		return interval == 1 ? this.i18n.t("group.rule.weekly", list)
				: this.i18n.t("group.rule.weekly.every", interval, list);
	}

	private String monthly(String byDay, String byMonthDay, int interval) {
		if (byDay != null && byMonthDay == null && !byDay.contains(",")) {
			Matcher matcher = WEEKDAY.matcher(byDay);
			if (matcher.matches() && matcher.group(1) != null) {
				int nth = Integer.parseInt(matcher.group(1));
				if (nth == -1 || nth >= 1 && nth <= 5) {
					int dayNumber = CODES.indexOf(matcher.group(2)) + 1;
					String ordinal = this.i18n.t("group.ordinal." + (nth == -1 ? "last" : String.valueOf(nth)),
							dayNumber);
					String day = day(matcher.group(2));
					return interval == 1 ? this.i18n.t("group.rule.monthly.day", ordinal, day)
							: this.i18n.t("group.rule.monthly.day.every", ordinal, day, interval);
				}
			}
		}
		if (byDay == null && byMonthDay != null && byMonthDay.matches("\\d{1,2}") && interval == 1) {
			return this.i18n.t("group.rule.monthly.date", Integer.parseInt(byMonthDay));
		}
		return this.i18n.t("group.rule.other");
	}

	/** The name of a weekday by its RFC 5545 code, e.g. "Tuesday" for TU. */
	String day(String code) {
		return this.i18n.t("group.day." + (CODES.indexOf(code) + 1));
	}

	String day(DayOfWeek day) {
		return this.i18n.t("group.day." + day.getValue());
	}

	/** "A and B", "A, B and C" in the page language. */
	String joined(List<String> items) {
		if (items.size() < 2) {
			return String.join("", items);
		}
		String head = String.join(", ", items.subList(0, items.size() - 1));
		return this.i18n.t("group.list.and", head, items.getLast());
	}

	private String capitalized(String words) {
		if (words.isEmpty()) {
			return words;
		}
		Locale locale = this.i18n.locale();
		int first = words.offsetByCodePoints(0, 1);
		return words.substring(0, first).toUpperCase(locale) + words.substring(first);
	}

	private static Map<String, String> parts(String rrule) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : rrule.split(";")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				parts.put(part.substring(0, equals), part.substring(equals + 1));
			}
		}
		return parts;
	}

}
