package org.latch.calendar;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.platform.FormErrors;

/**
 * Checks the organizers' team forms: a team's new name (up to 80 characters on one line,
 * not another team's whatever its case and spacing), and where a registration moves (a
 * site of the campaign or its virtual stroll, and no team or one of the campaign's).
 */
@Component
class TeamChecks {

	private final RegistrationChecks registrations;

	TeamChecks(RegistrationChecks registrations) {
		this.registrations = registrations;
	}

	/** Where to move a registration, checked. */
	record Target(@Nullable UUID site, @Nullable UUID team) {
	}

	/** The team's new name, or empty with the error reported on {@code name}. */
	Optional<String> name(TeamSummary team, String text, FormErrors errors) {
		String name = this.registrations.teamName(team.campaign(), team.id(), text, "name", "team.error.name", errors);
		return errors.any() ? Optional.empty() : Optional.of(name);
	}

	Optional<Target> target(Campaign campaign, MoveForm form, FormErrors errors) {
		UUID site = this.registrations.site(campaign, form.site(), errors);
		UUID team = null;
		if (!RegistrationForm.NO_TEAM.equals(form.team())) {
			team = this.registrations.teamOf(campaign, form.team()).orElse(null);
			if (team == null) {
				errors.reject("team", "move.error.team");
			}
		}
		return errors.any() ? Optional.empty() : Optional.of(new Target(site, team));
	}

}
