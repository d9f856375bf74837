package org.latch.calendar;

/**
 * The person who registers, checked: a name to show, an email for the confirmation and
 * the cancel link, the language to write in, and how many people they bring (themselves
 * included).
 */
record Entrant(String name, String email, String language, int people) {
}
