package org.latch.calendar;

import java.util.Map;

import org.latch.platform.FormParameters;

/**
 * Where an organizer moves a registration, as sent: {@code site} a site's id or
 * {@value RegistrationForm#VIRTUAL}, {@code team} {@value RegistrationForm#NO_TEAM} or a
 * team's id ({@link TeamChecks}).
 */
record MoveForm(String site, String team) {

	static MoveForm from(Map<String, String[]> parameters) {
		return new MoveForm(FormParameters.one(parameters, "site"), FormParameters.one(parameters, "team"));
	}

	boolean site(Object choice) {
		return this.site.equals(choice.toString());
	}

	boolean team(Object choice) {
		return this.team.equals(choice.toString());
	}

}
