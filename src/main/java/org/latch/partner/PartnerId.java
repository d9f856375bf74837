package org.latch.partner;

import java.util.UUID;

/** A partner organization, the id of its (approved) application. */
public record PartnerId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
