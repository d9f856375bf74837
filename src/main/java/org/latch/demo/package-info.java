/**
 * Realistic demo data for people trying Latch: a network of organizations, groups with
 * their meetings and Leaders, and one demo account per role. Loaded only into an empty
 * database with demo mode on.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "directory", "helprequest" })
package org.latch.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
