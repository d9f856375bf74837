/**
 * Live impact figures computed from the other modules' records, never typed in: Leaders,
 * families helped, countries and regions served, groups, donor milk; shown at
 * {@code /impact}, on the home page and as JSON at {@code /api/impact}. Counts only: no
 * personal data crosses into it, and nothing depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "account", "directory", "helprequest", "milkdonation" })
package org.latch.impact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
