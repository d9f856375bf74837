package org.latch.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The time zone a visitor reads times in: from {@code ?tz=}, else from the cookie that
 * {@code /js/time-zone.js} sets from the browser, else none (times stay in the group's
 * zone, or UTC). Only IANA region ids are accepted, so a typed value never reaches a
 * formatter it could break.
 *
 * @param zone the visitor's zone, or null when unknown
 * @param rejected a {@code tz} value that is not a time zone, to tell the visitor
 */
public record VisitorZone(@Nullable ZoneId zone, @Nullable String rejected) {

	public static final String PARAMETER = "tz";

	public static final String COOKIE = "latch-tz";

	/** The visitor's zone, or {@code otherwise} when unknown. */
	public ZoneId or(ZoneId otherwise) {
		return (this.zone == null) ? otherwise : this.zone;
	}

	/** Longer than any IANA id; longer values are not even looked up. */
	private static final int MAX_LENGTH = 64;

	public static VisitorZone resolve(@Nullable String parameter, @Nullable String cookie) {
		String rejected = null;
		if (parameter != null && !parameter.isBlank()) {
			Optional<ZoneId> asked = parse(parameter);
			if (asked.isPresent()) {
				return new VisitorZone(asked.get(), null);
			}
			rejected = parameter.length() > MAX_LENGTH ? parameter.substring(0, MAX_LENGTH) + "…" : parameter;
		}
		Optional<ZoneId> remembered = cookie == null ? Optional.empty() : parse(decode(cookie));
		return new VisitorZone(remembered.orElse(null), rejected);
	}

	/** An IANA time-zone id known to this JVM, such as {@code America/Los_Angeles}. */
	public static Optional<ZoneId> parse(String text) {
		String id = text.strip();
		if (id.isEmpty() || id.length() > MAX_LENGTH || !ZoneId.getAvailableZoneIds().contains(id)) {
			return Optional.empty();
		}
		return Optional.of(ZoneId.of(id));
	}

	/**
	 * The cookie as {@code encodeURIComponent} wrote it, percent escapes undone. A "+" is
	 * kept as itself (zones such as {@code Etc/GMT+12} hold one), not read as a space as
	 * in form encoding, so a value Spring's {@code @CookieValue} has already decoded
	 * reads the same again.
	 */
	private static String decode(String cookie) {
		try {
			return URLDecoder.decode(cookie.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return "";
		}
	}

}
