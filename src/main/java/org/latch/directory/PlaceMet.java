package org.latch.directory;

import org.jspecify.annotations.Nullable;

/**
 * A country and, when the group names one, its region, where a local group meets in
 * person: a row of the distinct query behind {@link NetworkReach}.
 */
record PlaceMet(String country, @Nullable String region) {
}
