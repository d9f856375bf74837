/**
 * Campaigns such as the Miracle Milk Stroll: a day co-hosted by organizations, with local
 * sites and a virtual option, registration with capacity and an automatic waitlist, and
 * the public campaign page. Its API ({@link org.latch.calendar.Campaigns}, the summaries,
 * the registration events and the {@link org.latch.calendar.CampaignFunds} SPI) is what
 * fundraising builds on; the directory's recurring meetings are not part of it.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "platform", "account", "directory", "geo", "notification", "partner", "milkdonation" })
package org.latch.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
