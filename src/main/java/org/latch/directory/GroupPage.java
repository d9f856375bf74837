package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the group page shows, ready to print in the visitor's language.
 *
 * @param trail the organizations above the group, from the top
 * @param descriptionLanguage the description's language tag when it is not the page's
 * @param place street address, postal code and town as lines; empty for online groups
 * @param zoneNote which zone times are shown in
 * @param zoneRejected why a requested zone was ignored, or null
 * @param shownZone the IANA id of the zone times are shown in, for the time-zone script
 */
record GroupPage(String name, List<String> trail, @Nullable String description, @Nullable String descriptionLanguage,
		boolean online, List<String> place, List<Language> languages, List<MeetingRow> meetings, List<NextMeeting> next,
		String zoneNote, @Nullable String zoneRejected, String shownZone, Contact contact, Feeds feeds, String jsonLd) {

	/** A language the group speaks, named in itself. */
	record Language(String tag, String name) {
	}

	/** One of the group's recurring meetings. */
	record MeetingRow(String title, String rule, String zone, String format, String languages, List<String> audiences,
			List<String> accessibility) {
	}

	/**
	 * One coming occurrence.
	 *
	 * @param start ISO 8601 start with offset, for {@code <time datetime>}
	 * @param zone the zone {@code when} is in, with its offset then
	 * @param groupWhen the same time where the group meets, when the visitor is elsewhere
	 */
	record NextMeeting(String start, String when, String zone, @Nullable String groupWhen, @Nullable String groupZone,
			String title, boolean extra) {
	}

	/**
	 * How to reach the group, each part optional.
	 *
	 * @param phoneLink the phone number as a {@code tel:} link (digits and plus only)
	 */
	record Contact(@Nullable String email, @Nullable String phone, @Nullable String phoneLink,
			@Nullable String website) {
	}

	/**
	 * Calendar links: the group's feed to download, to subscribe to, and the feed of its
	 * area.
	 */
	record Feeds(String download, String subscribe, String address, @Nullable String areaName, @Nullable String area) {
	}

}
