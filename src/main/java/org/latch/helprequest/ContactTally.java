package org.latch.helprequest;

import java.time.LocalDate;

/** How many contacts of one day had this channel and these topics (a report's input). */
record ContactTally(LocalDate day, ContactChannel channel, String topics, Long contacts) {
}
