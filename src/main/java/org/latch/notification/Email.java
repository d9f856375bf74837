package org.latch.notification;

/** A plain-text email, already translated into the recipient's language. */
public record Email(String to, String subject, String body) {
}
