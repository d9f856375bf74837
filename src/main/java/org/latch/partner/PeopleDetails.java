package org.latch.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many people the organization counts, its IBCLCs, and whom to contact about the
 * application.
 */
public record PeopleDetails(int members, int employees, List<Ibclc> ibclcs, String contactName, String contactEmail,
		@Nullable String contactPhone) {

	public PeopleDetails {
		ibclcs = List.copyOf(ibclcs);
	}

}
