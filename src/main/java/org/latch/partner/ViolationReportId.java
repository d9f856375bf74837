package org.latch.partner;

import java.util.UUID;

/** A report of a violation of the International Code. */
public record ViolationReportId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
