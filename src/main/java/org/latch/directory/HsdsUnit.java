package org.latch.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A unit as the HSDS API reads it: its view plus the path of ids from the root, region,
 * coordinates, public profile and last change that {@link UnitView} leaves out.
 */
record HsdsUnit(UnitView view, String path, @Nullable String region, @Nullable Double latitude,
		@Nullable Double longitude, UnitProfile profile, Instant updatedAt) {

	/** True when the unit is {@code ancestor} or lies below it. */
	boolean isWithin(java.util.UUID ancestor) {
		return this.path.contains("/" + ancestor + "/");
	}

	/** Where the unit meets, when it has valid coordinates. */
	@Nullable GeoPoint point() {
		return (this.latitude == null || this.longitude == null || !GeoPoint.isValid(this.latitude, this.longitude))
				? null : new GeoPoint(this.latitude, this.longitude);
	}

}
