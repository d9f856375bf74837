package org.latch.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS 3.0 service: one recurring meeting of a local group. In lists only the
 * one-to-one fields are filled (the arrays are left out); {@code /services/{id}} fills
 * them all.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsServiceView(UUID id, @Nullable UUID organizationId, String name, @Nullable String description,
		@Nullable String url, @Nullable String email, String status, @Nullable String eligibilityDescription,
		Instant lastModified, @Nullable HsdsOrganizationView organization, @Nullable List<HsdsDetails.Phone> phones,
		@Nullable List<HsdsScheduleView> schedules, @Nullable List<HsdsDetails.ServiceArea> serviceAreas,
		@Nullable List<HsdsServiceAtLocationView> serviceAtLocations, @Nullable List<HsdsDetails.Language> languages,
		@Nullable List<HsdsDetails.Contact> contacts, @Nullable List<HsdsDetails.Attribute> attributes) {
}
