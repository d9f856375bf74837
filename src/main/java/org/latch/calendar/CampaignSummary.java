package org.latch.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.latch.directory.UnitId;

/**
 * A campaign as other modules see it: its day in its time zone, whether people may join
 * from anywhere, the organizing unit, the co-hosting organizations and the one currency
 * (ISO 4217) its fees and gifts are in.
 */
public record CampaignSummary(UUID id, String name, LocalDate day, ZoneId zone, boolean virtualOption, UnitId organizer,
		List<UnitId> coHosts, String currency) {

	public CampaignSummary {
		coHosts = List.copyOf(coHosts);
	}

}
