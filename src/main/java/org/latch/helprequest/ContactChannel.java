package org.latch.helprequest;

import java.util.Arrays;
import java.util.List;

/**
 * How a Leader helped: the columns of an activity report. {@link #LATCH} is written only
 * by Latch itself, when a Leader first answers a help request here.
 */
public enum ContactChannel {

	PHONE, TEXT, EMAIL, IN_PERSON, AT_MEETING, ONLINE_MEETING, LATCH;

	/** The channels a Leader may choose in the contact log. */
	static List<ContactChannel> offered() {
		return Arrays.stream(values()).filter(channel -> channel != LATCH).toList();
	}

}
