package org.latch.directory;

/** Which groups a search looks for: those meeting in person, online, or both. */
public enum FindMode {

	ALL, IN_PERSON, ONLINE

}
