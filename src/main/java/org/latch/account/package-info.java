/**
 * People and how they sign in (password, passkeys, emailed links), their roles held in
 * organization units, invitations, email verification and password reset.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "directory", "notification" })
package org.latch.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
