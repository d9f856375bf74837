package org.latch.calendar;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * What an organizer or the site's coordinator sets on a site, checked
 * ({@link SiteChecks}): the meeting place and its point, the local start time, the route
 * in kilometres, how many people it takes and the fee per person in cents, if any.
 */
record SiteDetails(String name, String place, String city, GeoPoint point, @Nullable UUID coordinator,
		LocalTime startsAt, BigDecimal routeKm, int capacity, @Nullable Integer feeCents) {
}
