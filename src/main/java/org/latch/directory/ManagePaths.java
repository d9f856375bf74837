package org.latch.directory;

import java.util.UUID;

/** Ids in management addresses; anything that is not an id names nothing (404). */
final class ManagePaths {

	private ManagePaths() {
	}

	static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NothingHere();
		}
	}

}
