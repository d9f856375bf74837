package org.latch.calendar;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a registration relates to a team: none, a new team by name, or an existing team of
 * the campaign. Checked before registering ({@link RegistrationChecks}).
 */
record TeamChoice(@Nullable String newName, @Nullable UUID existing) {

	static final TeamChoice NONE = new TeamChoice(null, null);

	static TeamChoice create(String name) {
		return new TeamChoice(name, null);
	}

	static TeamChoice join(UUID team) {
		return new TeamChoice(null, team);
	}

	@Nullable UUID resolve(UUID campaign, TeamRepository teams, Instant now) {
		if (this.newName != null) {
			Team team = new Team(UUID.randomUUID(), campaign, this.newName, now);
			teams.saveAndFlush(team);
			return team.id();
		}
		return this.existing;
	}

}
