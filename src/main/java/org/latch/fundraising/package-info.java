/**
 * Fundraising for campaigns: beneficiaries and their split, personal and team pages,
 * gifts online through Stripe Checkout and offline (cash, checks), receipts as PDF,
 * refunds and totals; implements the calendar's {@link org.latch.calendar.CampaignFunds}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "account", "calendar", "directory", "notification" })
package org.latch.fundraising;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
