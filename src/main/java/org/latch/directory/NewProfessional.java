package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A health professional to list, who agreed to be listed with these details: an IBCLC
 * gives their IBLCE certification number so families can check it in IBLCE's registry.
 * {@code telehealth}: they also see families by video, wherever they live.
 */
public record NewProfessional(ProfessionalKind kind, @Nullable UnitId unit, String name, @Nullable String credentials,
		@Nullable String iblceNumber, @Nullable String practice, @Nullable String streetAddress, String city,
		@Nullable String region, @Nullable String postalCode, String country, double latitude, double longitude,
		@Nullable String phone, @Nullable String website, List<String> languages, boolean telehealth) {

	public NewProfessional {
		languages = List.copyOf(languages);
	}

}
