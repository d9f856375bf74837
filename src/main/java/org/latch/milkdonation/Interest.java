package org.latch.milkdonation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A checked interest form: text stripped, at least one way to reach the donor, the place
 * found, every question answered.
 */
record Interest(String secret, @Nullable UUID campaign, String name, @Nullable String email, @Nullable String phone,
		String language, String place, GeoPoint point, BabyAge baby, Screening screening) {
}
