package org.latch.directory;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS 3.0 schedule: when a meeting takes place, as the RRULE-like fields HSDS has.
 * Dates are ISO 8601 dates; {@code opens_at}/{@code closes_at} carry the UTC offset of
 * the next meeting, and {@code timezone} is that offset in hours, as the schema asks (a
 * number); {@code notes} names the IANA time zone whose wall-clock times they are.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record HsdsScheduleView(UUID id, @Nullable UUID serviceId, @Nullable UUID locationId,
		@Nullable UUID serviceAtLocationId, @Nullable String validFrom, @Nullable String validTo, String dtstart,
		BigDecimal timezone, @Nullable String until, @Nullable Integer count, @Nullable String wkst,
		@Nullable String freq, @Nullable Integer interval, @Nullable String byday, @Nullable String byweekno,
		@Nullable String bymonthday, @Nullable String byyearday, String description, String opensAt, String closesAt,
		String attendingType, String notes) {
}
