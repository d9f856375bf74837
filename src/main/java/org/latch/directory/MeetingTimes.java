package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Localizer;

/**
 * Dates, times and time-zone names in the page language. Zones are named after their IANA
 * city ("New York time, UTC−05:00"): clear in every language and never ambiguous the way
 * "EST" or "CST" are.
 */
final class MeetingTimes {

	private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> TIMES = new ConcurrentHashMap<>();

	private final Localizer i18n;

	private final DateTimeFormatter date;

	private final DateTimeFormatter time;

	MeetingTimes(Localizer i18n) {
		this.i18n = i18n;
		Locale locale = i18n.locale();
		this.time = TIMES.computeIfAbsent(locale, key -> localized(null, FormatStyle.SHORT, key));
		this.date = "ht".equals(locale.getLanguage()) ? namedInMessages(i18n)
				: DATES.computeIfAbsent(locale, key -> localized(FormatStyle.FULL, null, key));
	}

	/**
	 * The locale's pattern, looked up once: a formatter made with {@code ofLocalizedDate}
	 * looks its pattern up again on every date it formats.
	 */
	private static DateTimeFormatter localized(@Nullable FormatStyle date, @Nullable FormatStyle time, Locale locale) {
		return DateTimeFormatter.ofPattern(
				DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale),
				locale);
	}

	/**
	 * The JDK's locale data has no Haitian Creole names of days and months (it falls back
	 * to French), so they come from the message bundle.
	 */
	private static DateTimeFormatter namedInMessages(Localizer i18n) {
		Map<Long, String> days = new HashMap<>();
		Map<Long, String> months = new HashMap<>();
		for (long day = 1; day <= 7; day++) {
			days.put(day, i18n.t("group.day." + day));
		}
		for (long month = 1; month <= 12; month++) {
			months.put(month, i18n.t("group.month." + month));
		}
		return new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_WEEK, days)
			.appendLiteral(' ')
			.appendValue(ChronoField.DAY_OF_MONTH)
			.appendLiteral(' ')
			.appendText(ChronoField.MONTH_OF_YEAR, months)
			.appendLiteral(' ')
			.appendValue(ChronoField.YEAR, 4)
			.toFormatter(i18n.locale());
	}

	String date(LocalDate day) {
		return this.date.format(day);
	}

	String time(LocalTime time) {
		return this.time.format(time);
	}

	/**
	 * "Tuesday, December 8, 2026, from 10:00 AM to 11:30 AM".
	 */
	String when(ZonedDateTime start, ZonedDateTime end) {
		return this.i18n.t("group.next.when", date(start.toLocalDate()), time(start.toLocalTime()),
				time(end.toLocalTime()));
	}

	/** The zone with its offset at that moment, e.g. "New York time, UTC−04:00". */
	String zone(ZonedDateTime at) {
		ZoneOffset offset = at.getOffset();
		String sign = offset.getTotalSeconds() < 0 ? "−" : "+";
		String hours = offset.getId().equals("Z") ? "00:00" : offset.getId().substring(1);
		return this.i18n.t("group.zone", city(at.getZone()), sign + hours);
	}

	/** The zone without offset, e.g. "New York time". */
	String zone(ZoneId zone) {
		return this.i18n.t("group.zone.name", city(zone));
	}

	/** "New York" for America/New_York, "Port-au-Prince" for America/Port-au-Prince. */
	static String city(ZoneId zone) {
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

}
