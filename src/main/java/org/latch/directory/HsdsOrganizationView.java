package org.latch.directory;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS 3.0 organization: one unit above the local groups. Only fields Latch knows
 * truthfully; {@code description} is required by the standard, so without one in the
 * unit's profile it is generated from the unit's level and place.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsOrganizationView(UUID id, String name, String description, @Nullable String email, @Nullable String website,
		@Nullable UUID parentOrganizationId) {

	static HsdsOrganizationView of(UnitView unit) {
		return of(unit, null);
	}

	/**
	 * With the profile its administrators keep: their description (English first, else
	 * any), email and website.
	 */
	static HsdsOrganizationView of(UnitView unit, @Nullable UnitProfile profile) {
		String described = (profile == null) ? null
				: profile.description("en", profile.descriptions().keySet().stream().sorted().toList());
		return new HsdsOrganizationView(unit.id().value(), unit.name(),
				(described == null) ? describe(unit) : described, (profile == null) ? null : HsdsDetails.email(profile),
				(profile == null) ? null : HsdsDetails.website(profile),
				unit.parentId() == null ? null : unit.parentId().value());
	}

	private static String describe(UnitView unit) {
		String level = switch (unit.kind()) {
			case INTERNATIONAL -> "International organization";
			case NATIONAL -> "National organization";
			case AREA -> "Area";
			case GROUP -> "Local group";
		};
		String place = (unit.city() == null) ? unit.country()
				: (unit.country() == null) ? unit.city() : unit.city() + ", " + unit.country();
		return level + " of a breastfeeding support network" + ((place == null) ? "." : " in " + place + ".");
	}

}
