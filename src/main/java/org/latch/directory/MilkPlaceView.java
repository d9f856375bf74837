package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * What the public may see of a milk bank or depot: for a depot no street address, no
 * postal code and only a rounded point; {@code distanceKm} from that public point when
 * searched near a place.
 */
public record MilkPlaceView(MilkPlaceId id, MilkPlaceKind kind, String name, @Nullable String streetAddress,
		String city, @Nullable String region, @Nullable String postalCode, String country, GeoPoint point,
		@Nullable String phone, @Nullable String website, List<String> languages, @Nullable MilkPlaceId bank,
		@Nullable String bankName, @Nullable Double distanceKm) {

	/** The same place with its distance from {@code point}. */
	MilkPlaceView from(GeoPoint point) {
		return new MilkPlaceView(this.id, this.kind, this.name, this.streetAddress, this.city, this.region,
				this.postalCode, this.country, this.point, this.phone, this.website, this.languages, this.bank,
				this.bankName, point.distanceKm(this.point));
	}

}
