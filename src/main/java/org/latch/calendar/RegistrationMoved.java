package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An organizer moved a registration: to another team of its campaign or to none
 * ({@code team} null), or to another site ({@code site} null: the virtual stroll), where
 * it now holds a place. Fundraising follows it to credit the registrant's page to the
 * right team and site. When it waited before and now holds a place,
 * {@link RegistrationConfirmed} is published too.
 */
public record RegistrationMoved(UUID registration, UUID campaign, @Nullable UUID site, @Nullable UUID team) {
}
