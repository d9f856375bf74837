package org.latch.directory;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS 3.0 service at location: an in-person (or hybrid) meeting at its group's place.
 * {@code distance_meters} is a Latch extension, present when the list was asked for near
 * a postcode.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsServiceAtLocationView(UUID id, UUID serviceId, UUID locationId, @Nullable String description,
		@Nullable HsdsLocationView location, @Nullable HsdsServiceView service,
		@Nullable List<HsdsScheduleView> schedules, @Nullable List<HsdsDetails.Contact> contacts,
		@Nullable List<HsdsDetails.Phone> phones, @Nullable List<HsdsDetails.Attribute> attributes,
		@Nullable Long distanceMeters) {
}
