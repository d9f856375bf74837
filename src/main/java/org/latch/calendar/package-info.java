/**
 * Meetings of local groups: recurring RFC 5545 schedules in the group's time zone, with
 * cancelled and extra dates, expanded into occurrences.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "directory", "platform" })
package org.latch.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
