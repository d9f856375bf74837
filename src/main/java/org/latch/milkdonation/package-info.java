/**
 * Milk donation: the public page and donor interest form at {@code /milk-donation} with
 * self-screening, each donor sent to the nearest milk bank, the bank staff's screening
 * funnel with health details encrypted and every read audited, depot addresses for
 * approved donors only, donations in ounces and millilitres, and the totals campaigns
 * count ({@link org.latch.milkdonation.MilkDonationTotals}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "account", "directory", "geo", "notification" })
package org.latch.milkdonation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
