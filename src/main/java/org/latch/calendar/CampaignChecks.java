package org.latch.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.directory.UnitView;
import org.latch.partner.CurrentSponsor;
import org.latch.partner.SponsorRegister;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.TimeZones;

/**
 * Checks a campaign form field by field: a name and a story in one of Latch's languages
 * (translations into the others optional), a day from today on (a campaign already past
 * keeps its day when edited), a time zone of those the form lists, co-hosts among the
 * network's organizations, an ounces goal in whole ounces and sponsors current in the WHO
 * Code register.
 */
@Component
class CampaignChecks {

	static final int NAME_MAX = 120;

	static final int STORY_MAX = 8000;

	static final int CO_HOSTS_MAX = 10;

	private final DirectoryManagement directory;

	private final SponsorRegister sponsors;

	private final Clock clock;

	CampaignChecks(DirectoryManagement directory, SponsorRegister sponsors, Clock clock) {
		this.directory = directory;
		this.sponsors = sponsors;
		this.clock = clock;
	}

	/** Organizations that may co-host: the network's international and national units. */
	List<UnitView> coHostChoices() {
		return this.directory.organizations(null, null).stream().filter(unit -> unit.kind() != UnitKind.AREA).toList();
	}

	List<CurrentSponsor> sponsorChoices() {
		return this.sponsors.currentSponsors();
	}

	/**
	 * The checked details, or empty with every error reported. When editing,
	 * {@code existing} lets a past day and sponsors chosen before they expired stay.
	 */
	Optional<CampaignDetails> check(CampaignForm form, FormErrors errors, @Nullable CampaignDetails existing) {
		String name = form.name().strip();
		if (name.isEmpty()) {
			errors.reject("name", "campaign.error.name.required");
		}
		else if (!FormValues.plain(name, NAME_MAX) || name.contains("\n")) {
			errors.reject("name", "campaign.error.name.invalid");
		}
		String story = form.story().strip();
		if (story.isEmpty()) {
			errors.reject("story", "campaign.error.story.required");
		}
		else if (!FormValues.plain(story, STORY_MAX)) {
			errors.reject("story", "campaign.error.story.invalid");
		}
		String storyLanguage = form.storyLanguage();
		if (Language.all().stream().noneMatch(language -> language.tag().equals(storyLanguage))) {
			errors.reject("storyLanguage", "campaign.error.story-language");
		}
		Map<String, String> translations = translations(form, storyLanguage, errors);
		LocalDate day = day(form.day(), (existing == null) ? null : existing.day(), errors);
		ZoneId zone = zone(form.zone(), (existing == null) ? null : existing.zone(), errors);
		List<UnitId> coHosts = coHosts(form.coHosts(), errors);
		Integer ounces = null;
		if (!form.ouncesGoal().isBlank()) {
			ounces = FormValues.whole(form.ouncesGoal(), 1, 10_000_000).orElse(null);
			if (ounces == null) {
				errors.reject("ouncesGoal", "campaign.error.ounces");
			}
		}
		List<UUID> chosen = sponsors(form.sponsors(), (existing == null) ? List.of() : existing.sponsors(), errors);
		if (errors.any()) {
			return Optional.empty();
		}
		return Optional.of(new CampaignDetails(name, story, day, zone, coHosts, ounces, form.virtualOption(), chosen,
				form.published(), storyLanguage, translations));
	}

	/**
	 * The story in other languages than the original's, those left empty left out; one in
	 * the original's own language is refused rather than silently dropped.
	 */
	private static Map<String, String> translations(CampaignForm form, String original, FormErrors errors) {
		Map<String, String> translations = new LinkedHashMap<>();
		for (Language language : Language.all()) {
			String field = CampaignForm.field(language.tag());
			String text = form.translation(language.tag()).strip();
			if (text.isEmpty()) {
				continue;
			}
			if (language.tag().equals(original)) {
				errors.reject(field, "campaign.error.story.same-language");
			}
			else if (!FormValues.plain(text, STORY_MAX)) {
				errors.reject(field, "campaign.error.story.invalid");
			}
			else {
				translations.put(language.tag(), text);
			}
		}
		return translations;
	}

	private LocalDate day(String text, @Nullable LocalDate keptDay, FormErrors errors) {
		if (text.isBlank()) {
			errors.reject("day", "campaign.error.day.required");
			return LocalDate.MIN;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
			if (day.isBefore(today) && !day.equals(keptDay)) {
				errors.reject("day", "campaign.error.day.past");
			}
			else if (day.isAfter(today.plusYears(3))) {
				errors.reject("day", "campaign.error.day.far");
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.reject("day", "campaign.error.day.invalid");
			return LocalDate.MIN;
		}
	}

	/**
	 * A zone of the list the form offers, or the one the campaign already has (kept even
	 * if the list no longer offers it).
	 */
	private static ZoneId zone(String text, @Nullable ZoneId kept, FormErrors errors) {
		String id = text.strip();
		try {
			if (TimeZones.offered(id) || (kept != null && kept.getId().equals(id))) {
				return ZoneId.of(id);
			}
		}
		catch (DateTimeException ex) {
			// reported below
		}
		errors.reject("zone", "campaign.error.zone");
		return ZoneOffset.UTC;
	}

	private List<UnitId> coHosts(List<String> texts, FormErrors errors) {
		Set<UUID> allowed = coHostChoices().stream().map(unit -> unit.id().value()).collect(Collectors.toSet());
		List<UnitId> chosen = new ArrayList<>();
		for (String text : texts) {
			Optional<UUID> id = FormValues.uuid(text).filter(allowed::contains);
			if (id.isEmpty()) {
				errors.reject("coHosts", "campaign.error.co-host");
				return List.of();
			}
			chosen.add(new UnitId(id.get()));
		}
		if (chosen.size() > CO_HOSTS_MAX) {
			errors.reject("coHosts", "campaign.error.co-hosts.many");
		}
		return chosen;
	}

	private List<UUID> sponsors(List<String> texts, List<UUID> kept, FormErrors errors) {
		Set<UUID> current = sponsorChoices().stream()
			.map(sponsor -> sponsor.id().value())
			.collect(Collectors.toCollection(java.util.HashSet::new));
		current.addAll(kept);
		List<UUID> chosen = new ArrayList<>();
		for (String text : texts) {
			Optional<UUID> id = FormValues.uuid(text).filter(current::contains);
			if (id.isEmpty()) {
				errors.reject("sponsors", "campaign.error.sponsor");
				return List.of();
			}
			chosen.add(id.get());
		}
		return chosen;
	}

}
