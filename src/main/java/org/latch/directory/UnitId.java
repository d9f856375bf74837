package org.latch.directory;

import java.util.UUID;

/** Identifies an organization unit anywhere in the network. */
public record UnitId(UUID value) {

	public static UnitId random() {
		return new UnitId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
