package org.latch.partner;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;

/**
 * Where a partner goes on the directory's map. Applications name a country and a region,
 * not an address: the point is the bundled place named as the region in that country
 * ("São Paulo, BR", "Québec, CA"), else the most populous place of the US state the
 * region names, else of the country. It marks where a partner works, roughly, never an
 * office. Kept in memory: partners are few and their regions rarely change.
 */
@Component
class PartnerPlaces {

	private final GeoManagement geo;

	private final Map<String, Optional<GeoPoint>> points = new ConcurrentHashMap<>();

	PartnerPlaces(GeoManagement geo) {
		this.geo = geo;
	}

	Optional<GeoPoint> of(@Nullable String country, @Nullable String region) {
		String code = (country == null) ? "" : country;
		String name = (region == null) ? "" : region.strip();
		return this.points.computeIfAbsent(code + "|" + name, key -> find(code, name));
	}

	private Optional<GeoPoint> find(String country, String region) {
		if (country.length() != 2) {
			return Optional.empty();
		}
		Optional<GeoPoint> named = region.isEmpty() ? Optional.empty() : this.geo.locate(region + ", " + country)
			.filter(point -> this.geo.nearestPlace(point).filter(place -> place.country().equals(country)).isPresent());
		return named.or(() -> this.geo.largestPlace(country, region).map(place -> place.point()));
	}

}
