/**
 * Realistic demo data for people trying Latch: a network of organizations, groups with
 * their meetings and Leaders, one demo account per role, partner organizations at every
 * stage of review, milk donors at every step of their milk bank's screening, and a WHO
 * Code sponsor register with violation reports, and a Stroll-like campaign with its sites
 * and registrations, and its fundraising. Loaded only into an empty database with demo
 * mode on.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "directory", "helprequest", "partner", "partner::agreement",
		"partner::benefit", "milkdonation", "calendar", "geo", "fundraising" })
package org.latch.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
