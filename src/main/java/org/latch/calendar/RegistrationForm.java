package org.latch.calendar;

import java.util.Map;

import org.latch.platform.FormParameters;

/**
 * The registration form as sent, every field text until checked
 * ({@link RegistrationChecks}). {@code secret} is the private link's secret, made when
 * the form was shown; {@code site} a site's id or {@value #VIRTUAL}; {@code team}
 * {@value #NO_TEAM}, {@value #NEW_TEAM} (named in {@code teamName}) or a team's id.
 */
record RegistrationForm(String secret, String site, String team, String teamName, String name, String email,
		String language, String people, boolean consent) {

	static final String VIRTUAL = "virtual";

	static final String NO_TEAM = "none";

	static final String NEW_TEAM = "new";

	static RegistrationForm empty(String secret, String site, String language) {
		return new RegistrationForm(secret, site, NO_TEAM, "", "", "", language, "1", false);
	}

	static RegistrationForm from(Map<String, String[]> parameters) {
		return new RegistrationForm(FormParameters.one(parameters, "secret"), FormParameters.one(parameters, "site"),
				FormParameters.one(parameters, "team"), FormParameters.one(parameters, "teamName"),
				FormParameters.one(parameters, "name"), FormParameters.one(parameters, "email"),
				FormParameters.one(parameters, "language"), FormParameters.one(parameters, "people"),
				"true".equals(FormParameters.one(parameters, "consent")));
	}

	boolean site(Object choice) {
		return this.site.equals(choice.toString());
	}

	boolean team(Object choice) {
		return this.team.equals(choice.toString());
	}

}
