package org.latch.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.jspecify.annotations.Nullable;

/**
 * VTIMEZONE components built from the JDK's time-zone rules, the very rules meetings are
 * expanded with, covering only the years a feed needs: the offset at the start of that
 * window, each historical change since, and the yearly daylight-saving rules still in
 * force. ical4j's bundled definitions carry every change since the 1880s (several
 * kilobytes per zone) and need not agree with the JDK's, so feeds do not use them.
 */
public final class VTimeZones {

	/** Years of explicit changes written out when a yearly rule has no RRULE form. */
	private static final int EXPLICIT_YEARS = 30;

	private VTimeZones() {
	}

	/** The zone's definition from January 1st of {@code fromYear} on. */
	public static VTimeZone of(ZoneId zone, int fromYear) {
		ZoneRules rules = zone.getRules();
		LocalDateTime windowStart = LocalDate.of(fromYear, 1, 1).atStartOfDay();
		Instant start = windowStart.atZone(zone).toInstant();
		List<Observance> observances = new ArrayList<>();
		ZoneOffset initial = rules.getOffset(start);
		observances.add(observance(rules.isDaylightSavings(start), windowStart, initial, initial, null));
		int lastYear = fromYear - 1;
		for (ZoneOffsetTransition transition : rules.getTransitions()) {
			if (transition.getInstant().isAfter(start)) {
				observances.add(observance(rules, transition));
			}
			lastYear = Math.max(lastYear, transition.getDateTimeBefore().getYear());
		}
		int firstRuleYear = Math.max(lastYear + 1, fromYear);
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			ZoneOffsetTransition first = rule.createTransition(firstRuleYear);
			String recur = recur(rule);
			if (recur != null) {
				observances.add(observance(rules.isDaylightSavings(first.getInstant()), first.getDateTimeBefore(),
						first.getOffsetBefore(), first.getOffsetAfter(), recur));
			}
			else {
				for (int year = firstRuleYear; year < firstRuleYear + EXPLICIT_YEARS; year++) {
					observances.add(observance(rules, rule.createTransition(year)));
				}
			}
		}
		return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
	}

	private static Observance observance(ZoneRules rules, ZoneOffsetTransition transition) {
		return observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
				transition.getOffsetBefore(), transition.getOffsetAfter(), null);
	}

	private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to,
			@Nullable String recur) {
		PropertyList properties = new PropertyList();
		properties = properties.add(new DtStart<>(start)).add(new TzOffsetFrom(from)).add(new TzOffsetTo(to));
		if (recur != null) {
			properties = properties.add(new RRule<>(new Recur<>(recur)));
		}
		return daylight ? new Daylight(properties) : new Standard(properties);
	}

	/**
	 * The rule as FREQ=YEARLY with BYMONTH and BYDAY (the nth or last weekday) or
	 * BYMONTHDAY, or null when it has no such form.
	 */
	private static @Nullable String recur(ZoneOffsetTransitionRule rule) {
		if (rule.isMidnightEndOfDay()) {
			return null;
		}
		int month = rule.getMonth().getValue();
		int day = rule.getDayOfMonthIndicator();
		DayOfWeek weekday = rule.getDayOfWeek();
		String yearly = "FREQ=YEARLY;BYMONTH=" + month;
		if (weekday == null) {
			return day > 0 ? yearly + ";BYMONTHDAY=" + day : null;
		}
		String code = weekday.name().substring(0, 2);
		if (day == -1 || day > 0 && day + 6 == rule.getMonth().minLength()
				&& rule.getMonth().minLength() == rule.getMonth().maxLength()) {
			return yearly + ";BYDAY=-1" + code;
		}
		if (day > 0 && (day - 1) % 7 == 0 && day <= 22) {
			return yearly + ";BYDAY=" + ((day - 1) / 7 + 1) + code;
		}
		return null;
	}

}
