package org.latch.calendar;

import java.util.List;
import java.util.Map;

import org.latch.platform.FormParameters;

/**
 * The campaign form as sent, every field text until checked ({@link CampaignChecks}).
 * {@code organizer} is only read when the campaign is created.
 */
record CampaignForm(String organizer, String name, String story, String day, String zone, List<String> coHosts,
		String ouncesGoal, boolean virtualOption, List<String> sponsors, boolean published) {

	static CampaignForm empty(String organizer) {
		return new CampaignForm(organizer, "", "", "", "America/New_York", List.of(), "", true, List.of(), false);
	}

	static CampaignForm of(CampaignDetails details) {
		return new CampaignForm("", details.name(), details.story(), details.day().toString(), details.zone().getId(),
				details.coHosts().stream().map(Object::toString).toList(),
				(details.ouncesGoal() == null) ? "" : details.ouncesGoal().toString(), details.virtualOption(),
				details.sponsors().stream().map(Object::toString).toList(), details.published());
	}

	static CampaignForm from(Map<String, String[]> parameters) {
		return new CampaignForm(FormParameters.one(parameters, "organizer"), FormParameters.one(parameters, "name"),
				FormParameters.one(parameters, "story"), FormParameters.one(parameters, "day"),
				FormParameters.one(parameters, "zone"), FormParameters.all(parameters, "coHosts"),
				FormParameters.one(parameters, "ouncesGoal"), "true".equals(FormParameters.one(parameters, "virtual")),
				FormParameters.all(parameters, "sponsors"), "true".equals(FormParameters.one(parameters, "published")));
	}

	boolean coHosts(Object unit) {
		return this.coHosts.contains(unit.toString());
	}

	boolean sponsors(Object sponsor) {
		return this.sponsors.contains(sponsor.toString());
	}

}
