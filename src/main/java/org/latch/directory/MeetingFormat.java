package org.latch.directory;

/** Where families join a meeting. */
public enum MeetingFormat {

	IN_PERSON, ONLINE, HYBRID

}
