package org.latch.helprequest;

import java.time.LocalDate;

/** Meetings held on one day and everyone who came (a report's input). */
record MeetingTally(LocalDate day, Long meetings, Long attendees) {
}
