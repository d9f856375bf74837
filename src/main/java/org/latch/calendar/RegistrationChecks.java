package org.latch.calendar;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Checks a registration form field by field: a site of the campaign or its virtual
 * option, no team or a new team whose name is free or a team of the campaign, a name, an
 * email address, one of Latch's languages, from 1 to {@value #PARTY_MAX} people and
 * consent to keep these details until the campaign is over.
 */
@Component
class RegistrationChecks {

	static final int PARTY_MAX = 10;

	private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

	static final int TEAM_NAME_MAX = 80;

	private final SiteRepository sites;

	private final TeamRepository teams;

	RegistrationChecks(SiteRepository sites, TeamRepository teams) {
		this.sites = sites;
		this.teams = teams;
	}

	/** What to register, checked. */
	record Checked(@Nullable UUID site, TeamChoice team, Entrant entrant) {
	}

	Optional<Checked> check(Campaign campaign, RegistrationForm form, FormErrors errors) {
		UUID site = site(campaign, form.site(), errors);
		TeamChoice team = team(campaign, form, errors);
		String name = form.name().strip();
		if (name.isEmpty()) {
			errors.reject("name", "register.error.name.required");
		}
		else if (!FormValues.plain(name, 80) || name.contains("\n")) {
			errors.reject("name", "register.error.name.invalid");
		}
		String email = form.email().strip();
		if (email.isEmpty()) {
			errors.reject("email", "register.error.email.required");
		}
		else if (email.length() > 254 || !email.matches(EMAIL)) {
			errors.reject("email", "register.error.email.invalid");
		}
		Optional<Language> language = Language.match(form.language())
			.filter(found -> found.tag().equals(form.language()));
		if (language.isEmpty()) {
			errors.reject("language", "register.error.language");
		}
		Optional<Integer> people = FormValues.whole(form.people(), 1, PARTY_MAX);
		if (people.isEmpty()) {
			errors.reject("people", "register.error.people");
		}
		if (!form.consent()) {
			errors.reject("consent", "register.error.consent");
		}
		if (errors.any() || language.isEmpty() || people.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Checked(site, team, new Entrant(name, email, language.get().tag(), people.get())));
	}

	@Nullable UUID site(Campaign campaign, String choice, FormErrors errors) {
		if (RegistrationForm.VIRTUAL.equals(choice) && campaign.virtualOption()) {
			return null;
		}
		Optional<UUID> site = FormValues.uuid(choice)
			.filter(id -> this.sites.findById(id)
				.filter(found -> found.campaignId().equals(campaign.id()))
				.isPresent());
		if (site.isEmpty()) {
			errors.reject("site", "register.error.site");
			return null;
		}
		return site.get();
	}

	private TeamChoice team(Campaign campaign, RegistrationForm form, FormErrors errors) {
		if (RegistrationForm.NO_TEAM.equals(form.team())) {
			return TeamChoice.NONE;
		}
		if (RegistrationForm.NEW_TEAM.equals(form.team())) {
			String name = teamName(campaign.id(), null, form.teamName(), "teamName", "register.error.team-name",
					errors);
			return TeamChoice.create(name);
		}
		Optional<UUID> team = teamOf(campaign, form.team());
		if (team.isEmpty()) {
			errors.reject("team", "register.error.team");
			return TeamChoice.NONE;
		}
		return TeamChoice.join(team.get());
	}

	/**
	 * A team's name as typed, spaces folded: reported on {@code field} with the keys
	 * {@code keys + ".required"}, {@code ".invalid"} (over {@link #TEAM_NAME_MAX}
	 * characters or control characters) or {@code ".taken"} (another team of the
	 * campaign, other than {@code renamed}, has it whatever its case and spacing).
	 */
	String teamName(UUID campaign, @Nullable UUID renamed, String text, String field, String keys, FormErrors errors) {
		String name = text.strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			errors.reject(field, keys + ".required");
		}
		else if (!FormValues.plain(name, TEAM_NAME_MAX)) {
			errors.reject(field, keys + ".invalid");
		}
		else if (this.teams.findByCampaignIdAndNameKey(campaign, Team.key(name))
			.filter(other -> !other.id().equals(renamed))
			.isPresent()) {
			errors.reject(field, keys + ".taken");
		}
		return name;
	}

	/** The campaign's team the value names, if it names one. */
	Optional<UUID> teamOf(Campaign campaign, String value) {
		return FormValues.uuid(value)
			.filter(id -> this.teams.findById(id)
				.filter(found -> found.campaignId().equals(campaign.id()))
				.isPresent());
	}

}
