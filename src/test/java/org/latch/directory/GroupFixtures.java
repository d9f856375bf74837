package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A small network for group page and feed tests, named with a word of its own: an area
 * with a Boston group meeting on the 2nd Tuesday at 10:00 (New York time) and an online
 * group meeting weekly in São Paulo time.
 */
final class GroupFixtures {

	final String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	final UnitId area;

	final UnitId boston;

	final UnitId online;

	final MeetingId monthly;

	final MeetingId weekly;

	GroupFixtures(DirectoryManagement directory, MeetingManagement meetings) {
		this.area = directory.add(new NewUnit(null, UnitKind.AREA, "area-" + this.tag, "Harbor Area " + this.tag, "US",
				"MA", null, null, null, false, List.of("en")));
		this.boston = directory.add(new NewUnit(this.area, UnitKind.GROUP, "boston-" + this.tag,
				"Back Bay Circle " + this.tag, "US", "MA", "Boston", 42.3503, -71.0810, false, List.of("en", "es")));
		directory.describe(this.boston,
				new UnitProfile("10 Boylston Street", "02116", "backbay@example.org", "+1 617 555 0100",
						"https://backbay.example.org",
						Map.of("en", "We meet at the library.", "es", "Nos reunimos en la biblioteca.")));
		this.monthly = meetings.schedule(new NewMeeting(this.boston, null, "FREQ=MONTHLY;BYDAY=2TU",
				LocalDate.of(2026, 1, 1), LocalTime.of(10, 0), Duration.ofMinutes(90), "America/New_York",
				MeetingFormat.HYBRID, List.of("en", "es"), Set.of(Audience.NEWBORN), Set.of(Accessibility.STEP_FREE)));
		this.online = directory.add(new NewUnit(this.area, UnitKind.GROUP, "online-" + this.tag,
				"Roda On-line " + this.tag, null, null, null, null, null, true, List.of("pt-BR")));
		directory.describe(this.online,
				new UnitProfile(null, null, null, null, null, Map.of("pt-BR", "Encontros pela internet.")));
		this.weekly = meetings.schedule(new NewMeeting(this.online, "Roda da noite", "FREQ=WEEKLY;BYDAY=WE,SA",
				LocalDate.of(2026, 1, 1), LocalTime.of(19, 0), Duration.ofMinutes(60), "America/Sao_Paulo",
				MeetingFormat.ONLINE, List.of("pt-BR"), Set.of(), Set.of()));
	}

	String bostonSlug() {
		return "boston-" + this.tag;
	}

	String onlineSlug() {
		return "online-" + this.tag;
	}

	String areaSlug() {
		return "area-" + this.tag;
	}

}
