package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registration holds a place: at once, or promoted from the waitlist when someone
 * cancelled. Published once per place, in the transaction that gives it.
 */
public record RegistrationConfirmed(UUID registration, UUID campaign, @Nullable UUID site, @Nullable UUID team) {
}
