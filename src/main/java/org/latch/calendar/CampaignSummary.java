package org.latch.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.latch.directory.UnitId;

/**
 * A campaign as other modules see it: its day in its time zone, whether people may join
 * from anywhere, the organizing unit and the co-hosting organizations.
 */
public record CampaignSummary(UUID id, String name, LocalDate day, ZoneId zone, boolean virtualOption, UnitId organizer,
		List<UnitId> coHosts) {

	public CampaignSummary {
		coHosts = List.copyOf(coHosts);
	}

}
