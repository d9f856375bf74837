package org.latch.partner;

import java.util.UUID;

/** An organization in the WHO Code sponsor register. */
public record SponsorId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
