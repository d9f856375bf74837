package org.latch.calendar;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A site to add through {@link CampaignManagement}: the coordinator is an account id, the
 * fee per person in cents.
 */
public record NewSite(String name, String place, String city, GeoPoint point, @Nullable UUID coordinator,
		LocalTime startsAt, BigDecimal routeKm, int capacity, @Nullable Integer feeCents) {
}
