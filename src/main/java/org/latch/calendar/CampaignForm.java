package org.latch.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.latch.platform.FormParameters;
import org.latch.platform.Language;

/**
 * The campaign form as sent, every field text until checked ({@link CampaignChecks}).
 * {@code organizer} is only read when the campaign is created; {@code story} is the
 * original, in {@code storyLanguage}, and {@code translations} the text of each
 * {@code story-<tag>} field by language tag.
 */
record CampaignForm(String organizer, String name, String story, String day, String zone, List<String> coHosts,
		String ouncesGoal, boolean virtualOption, List<String> sponsors, boolean published, String storyLanguage,
		Map<String, String> translations) {

	static CampaignForm empty(String organizer, String zone, String language) {
		return new CampaignForm(organizer, "", "", "", zone, List.of(), "", true, List.of(), false, language, Map.of());
	}

	static CampaignForm of(CampaignDetails details) {
		return new CampaignForm("", details.name(), details.story(), details.day().toString(), details.zone().getId(),
				details.coHosts().stream().map(Object::toString).toList(),
				(details.ouncesGoal() == null) ? "" : details.ouncesGoal().toString(), details.virtualOption(),
				details.sponsors().stream().map(Object::toString).toList(), details.published(),
				details.storyLanguage(), details.translations());
	}

	static CampaignForm from(Map<String, String[]> parameters) {
		Map<String, String> translations = new LinkedHashMap<>();
		for (Language language : Language.all()) {
			translations.put(language.tag(), FormParameters.one(parameters, field(language.tag())));
		}
		return new CampaignForm(FormParameters.one(parameters, "organizer"), FormParameters.one(parameters, "name"),
				FormParameters.one(parameters, "story"), FormParameters.one(parameters, "day"),
				FormParameters.one(parameters, "zone"), FormParameters.all(parameters, "coHosts"),
				FormParameters.one(parameters, "ouncesGoal"), "true".equals(FormParameters.one(parameters, "virtual")),
				FormParameters.all(parameters, "sponsors"), "true".equals(FormParameters.one(parameters, "published")),
				FormParameters.one(parameters, "storyLanguage"), translations);
	}

	/** The name of the field with the story in the language {@code tag}. */
	static String field(String tag) {
		return "story-" + tag;
	}

	/** The story as typed in the language {@code tag}, empty when none. */
	String translation(String tag) {
		return this.translations.getOrDefault(tag, "");
	}

	boolean coHosts(Object unit) {
		return this.coHosts.contains(unit.toString());
	}

	boolean sponsors(Object sponsor) {
		return this.sponsors.contains(sponsor.toString());
	}

}
