package org.latch.directory;

import org.latch.platform.VisitorZone;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Builds a group's page: its place in the network, description, meetings in words, the
 * next occurrences in the visitor's time zone, contacts, calendar links and JSON-LD.
 */
@Component
class GroupPages {

	static final int NEXT_MEETINGS = 6;

	private final DirectoryManagement directory;

	private final MeetingManagement meetings;

	private final PlatformSettings settings;

	GroupPages(DirectoryManagement directory, MeetingManagement meetings, PlatformSettings settings) {
		this.directory = directory;
		this.meetings = meetings;
		this.settings = settings;
	}

	/** The group with this slug, if there is one and the unit is a group. */
	Optional<UnitView> group(String slug) {
		return this.directory.findBySlug(slug).filter(unit -> unit.kind() == UnitKind.GROUP);
	}

	/** The area (or any unit above groups) with this slug. */
	Optional<UnitView> area(String slug) {
		return this.directory.findBySlug(slug).filter(unit -> unit.kind() != UnitKind.GROUP);
	}

	GroupPage page(UnitView group, Localizer i18n, VisitorZone visitor, ZonedDateTime now) {
		UnitProfile profile = this.directory.profile(group.id()).orElse(UnitProfile.EMPTY);
		List<UnitView> ancestors = ancestors(group);
		List<MeetingView> meetings = this.meetings.meetingsOf(group.id());
		Map<MeetingId, MeetingView> byId = meetings.stream()
			.collect(Collectors.toMap(MeetingView::id, Function.identity()));
		List<Occurrence> next = this.meetings.nextOccurrences(group.id(), now, NEXT_MEETINGS);
		ZoneId groupZone = meetings.isEmpty() ? null : meetings.getFirst().timeZone();
		ZoneId visitorZone = visitor.zone();
		MeetingTimes times = new MeetingTimes(i18n);
		RuleWords words = new RuleWords(i18n, times::date);
		String pageLanguage = Language.of(i18n.locale()).tag();
		String descriptionLanguage = descriptionLanguage(profile, pageLanguage, group.languages());
		String description = descriptionLanguage == null ? null : profile.descriptions().get(descriptionLanguage);
		String url = this.settings.link(GroupPageController.path(group.slug()));
		String feed = GroupCalendarController.groupPath(group.slug());
		UnitView area = ancestors.isEmpty() ? null : ancestors.getLast();
		return new GroupPage(group.name(), ancestors.stream().map(UnitView::name).toList(), description,
				pageLanguage.equals(descriptionLanguage) ? null : descriptionLanguage, group.online(),
				place(group, profile), languages(group.languages()),
				meetings.stream().map(meeting -> row(meeting, words, times, i18n)).toList(),
				next.stream().map(o -> next(o, byId.get(o.meeting()), visitorZone, times, i18n)).toList(),
				zoneNote(groupZone, visitorZone, times, i18n),
				visitor.rejected() == null ? null : i18n.t("group.zone.rejected", visitor.rejected()),
				visitorZone != null ? visitorZone.getId() : groupZone == null ? "" : groupZone.getId(),
				new GroupPage.Contact(profile.email(), profile.phone(), PhoneLinks.tel(profile.phone()),
						web(profile.website())),
				new GroupPage.Feeds(feed, this.settings.link(feed).replaceFirst("^https?://", "webcal://"),
						this.settings.link(feed), area == null ? null : area.name(),
						area == null ? null : GroupCalendarController.areaPath(area.slug())),
				GroupJsonLd.of(group, profile, description, ancestors, this.directory.location(group.id()).orElse(null),
						url, next, byId));
	}

	/** The units above the group, from the top of the network down to its parent. */
	private List<UnitView> ancestors(UnitView group) {
		List<UnitView> trail = new ArrayList<>();
		UnitId parent = group.parentId();
		while (parent != null && trail.size() < 20) {
			Optional<UnitView> found = this.directory.find(parent);
			if (found.isEmpty()) {
				break;
			}
			trail.add(found.get());
			parent = found.get().parentId();
		}
		Collections.reverse(trail);
		return trail;
	}

	/**
	 * The page's language if the group describes itself in it, else the group's first
	 * language that has a description, else any.
	 */
	private static @Nullable String descriptionLanguage(UnitProfile profile, String pageLanguage,
			List<String> groupLanguages) {
		Map<String, String> descriptions = profile.descriptions();
		return Stream.concat(Stream.of(pageLanguage), groupLanguages.stream())
			.filter(descriptions::containsKey)
			.findFirst()
			.or(() -> descriptions.keySet().stream().sorted().findFirst())
			.orElse(null);
	}

	private static List<String> place(UnitView group, UnitProfile profile) {
		if (group.online()) {
			return List.of();
		}
		String town = Stream.of(profile.postalCode(), group.city())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
		return Stream.of(profile.streetAddress(), town).filter(part -> part != null && !part.isBlank()).toList();
	}

	private static List<GroupPage.Language> languages(List<String> tags) {
		return tags.stream().map(tag -> new GroupPage.Language(tag, Language.nativeNameOf(tag))).toList();
	}

	private static GroupPage.MeetingRow row(MeetingView meeting, RuleWords words, MeetingTimes times, Localizer i18n) {
		ZonedDateTime start = meeting.firstDate().atTime(meeting.startTime()).atZone(meeting.timeZone());
		String rule = i18n.t("group.rule.time", words.describe(meeting.rrule()), times.time(meeting.startTime()),
				times.time(start.plus(meeting.duration()).toLocalTime()));
		return new GroupPage.MeetingRow(title(meeting, i18n), rule, times.zone(meeting.timeZone()),
				i18n.t("group.format." + meeting.format()),
				words.joined(languages(meeting.languages()).stream().map(GroupPage.Language::name).toList()),
				meeting.audiences().stream().map(a -> i18n.t("group.audience." + a)).toList(),
				meeting.accessibility().stream().map(a -> i18n.t("group.accessibility." + a)).toList());
	}

	private static GroupPage.NextMeeting next(Occurrence occurrence, @Nullable MeetingView meeting,
			@Nullable ZoneId visitor, MeetingTimes times, Localizer i18n) {
		ZoneId groupZone = occurrence.start().getZone();
		boolean elsewhere = visitor != null && !visitor.equals(groupZone);
		Occurrence shown = elsewhere ? occurrence.seenFrom(visitor) : occurrence;
		String groupWhen = elsewhere ? times.when(occurrence.start(), occurrence.end()) : null;
		return new GroupPage.NextMeeting(shown.start().toOffsetDateTime().toString(),
				times.when(shown.start(), shown.end()), times.zone(shown.start()),
				groupWhen == null ? null : i18n.t("group.next.group-time", groupWhen),
				elsewhere ? times.zone(occurrence.start()) : null,
				meeting == null ? i18n.t("group.meeting.untitled") : title(meeting, i18n), occurrence.extra());
	}

	private static String zoneNote(@Nullable ZoneId group, @Nullable ZoneId visitor, MeetingTimes times,
			Localizer i18n) {
		if (visitor != null) {
			return i18n.t("group.zone.visitor", times.zone(visitor));
		}
		return group == null ? "" : i18n.t("group.zone.group", times.zone(group));
	}

	/** Only web addresses become links; anything else is left out. */
	private static @Nullable String web(@Nullable String website) {
		return website != null && website.matches("(?i)https?://\\S+") ? website : null;
	}

	static String title(MeetingView meeting, Localizer i18n) {
		return meeting.title() == null || meeting.title().isBlank() ? i18n.t("group.meeting.untitled")
				: meeting.title();
	}

}
