/**
 * Email to people: written to an outbox in the caller's transaction, delivered over SMTP
 * (or to a mail-drop directory when no SMTP server is configured) with retries.
 */
@NullMarked
package org.latch.notification;

import org.jspecify.annotations.NullMarked;
