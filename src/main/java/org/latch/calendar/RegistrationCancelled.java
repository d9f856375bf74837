package org.latch.calendar;

import java.util.UUID;

/** A registration was cancelled (from its private link), confirmed or waitlisted. */
public record RegistrationCancelled(UUID registration, UUID campaign) {
}
