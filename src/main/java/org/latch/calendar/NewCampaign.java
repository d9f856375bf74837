package org.latch.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.latch.directory.UnitId;
import org.latch.partner.SponsorId;

/** A campaign to create through {@link CampaignManagement}. */
public record NewCampaign(UnitId organizer, String name, String story, LocalDate day, ZoneId zone, List<UnitId> coHosts,
		@Nullable Integer ouncesGoal, boolean virtualOption, List<SponsorId> sponsors, boolean published) {
}
