/**
 * Realistic demo data for people trying Latch: a network of organizations, groups with
 * their meetings and Leaders, one demo account per role, and partner organizations at
 * every stage of review. Loaded only into an empty database with demo mode on.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "directory", "helprequest", "partner", "partner::agreement" })
package org.latch.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
