package org.latch.directory;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS 3.0 location: the place where a local group meets in person, with its id. Only
 * the full service at location carries the arrays (addresses, languages, accessibility).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsLocationView(UUID id, String locationType, @Nullable UUID organizationId, String name,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable List<HsdsDetails.Address> addresses,
		@Nullable List<HsdsDetails.Language> languages, @Nullable List<HsdsDetails.Access> accessibility) {
}
