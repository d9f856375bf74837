/**
 * The partner program: organizations apply with a Partner Profile, are checked against
 * the program's criteria, reviewed by administrators and, once approved, listed in the
 * public partner directory.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "account", "notification", "geo" })
package org.latch.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
