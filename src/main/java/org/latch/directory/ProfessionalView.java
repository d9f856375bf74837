package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A listed health professional as the public sees them: everything they agreed to show;
 * {@code distanceKm} from a searched place.
 */
public record ProfessionalView(ProfessionalId id, ProfessionalKind kind, String name, @Nullable String credentials,
		@Nullable String iblceNumber, @Nullable String practice, @Nullable String streetAddress, String city,
		@Nullable String region, @Nullable String postalCode, String country, GeoPoint point, @Nullable String phone,
		@Nullable String website, List<String> languages, boolean telehealth, @Nullable Double distanceKm) {

	/** The same professional with their distance from {@code from}. */
	ProfessionalView from(GeoPoint from) {
		return new ProfessionalView(this.id, this.kind, this.name, this.credentials, this.iblceNumber, this.practice,
				this.streetAddress, this.city, this.region, this.postalCode, this.country, this.point, this.phone,
				this.website, this.languages, this.telehealth, from.distanceKm(this.point));
	}

	public boolean speaks(String language) {
		return this.languages.contains(language);
	}

}
