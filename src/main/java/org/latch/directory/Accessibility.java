package org.latch.directory;

/** What the meeting place offers to reach it and stay. */
public enum Accessibility {

	STEP_FREE, PARKING, TRANSIT, CHILD_FRIENDLY

}
