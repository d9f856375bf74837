package org.latch.helprequest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may be offered a request, and in which order: the rules of routing without a
 * database. The request is in Boston on a Wednesday.
 */
class CandidatesTests {

	/** Wednesday 2026-11-25, noon UTC. */
	static final Instant WEDNESDAY = Instant.parse("2026-11-25T12:00:00Z");

	static final double BOSTON_LAT = 42.36;

	static final double BOSTON_LON = -71.06;

	final HelpRequest inBoston = request(BOSTON_LAT, BOSTON_LON, "es");

	@Test
	void theNearestLeaderWhoSpeaksTheLanguageComesFirst() {
		Helper near = helper("es", 0.05, true);
		Helper farther = helper("es", 0.2, true);
		Helper english = helper("en", 0.0, true);
		assertThat(rank(inBoston, near, farther, english)).containsExactly(near, farther);
	}

	@Test
	void eachOpenRequestWeighsTenKilometres() {
		Helper nearButBusy = helper("es", 0.05, true);
		Helper fartherAndFree = helper("es", 0.2, true);
		List<Helper> ranked = Candidates.rank(this.inBoston, List.of(nearButBusy, fartherAndFree), Set.of(),
				Map.of(nearButBusy.personId(), 2L), Map.of(), 10, WEDNESDAY);
		assertThat(ranked).containsExactly(fartherAndFree, nearButBusy);
	}

	@Test
	void leadersBeyondTheirReachComeOnlyWhenTheyAnswerOnlineAndAfterEveryNearOne() {
		Helper nearby = helper("es", 0.2, false);
		Helper faraway = helper("es", 3.0, true);
		Helper farawayInPerson = helper("es", 3.0, false);
		assertThat(rank(inBoston, faraway, farawayInPerson, nearby)).containsExactly(nearby, faraway);
	}

	@Test
	void onlineRequestsGoOnlyToLeadersWhoAnswerOnlineByLoad() {
		HelpRequest online = request(null, null, "es");
		Helper inPersonOnly = helper("es", 0.0, false);
		Helper busy = helper("es", 5.0, true);
		Helper free = helper("es", 9.0, true);
		assertThat(Candidates.rank(online, List.of(inPersonOnly, busy, free), Set.of(), Map.of(busy.personId(), 1L),
				Map.of(), 10, WEDNESDAY))
			.containsExactly(free, busy);
	}

	@Test
	void awayOffDutyOverTheirCapOrOfferedBeforeLeadersAreNotEligible() {
		Helper away = helper("es", 0.0, true);
		away.terms(terms(true, EnumSet.allOf(DayOfWeek.class), LocalDate.parse("2026-11-25"), 10), WEDNESDAY);
		Helper backYesterday = helper("es", 0.0, true);
		backYesterday.terms(terms(true, EnumSet.allOf(DayOfWeek.class), LocalDate.parse("2026-11-24"), 10), WEDNESDAY);
		Helper weekendsOnly = helper("es", 0.0, true);
		weekendsOnly.terms(terms(true, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null, 10), WEDNESDAY);
		Helper paused = helper("es", 0.0, true);
		paused.terms(terms(false, EnumSet.allOf(DayOfWeek.class), null, 10), WEDNESDAY);
		Helper full = helper("es", 0.0, true);
		full.terms(terms(true, EnumSet.allOf(DayOfWeek.class), null, 3), WEDNESDAY);
		Helper offered = helper("es", 0.0, true);
		List<Helper> ranked = Candidates.rank(this.inBoston,
				List.of(away, backYesterday, weekendsOnly, paused, full, offered), Set.of(offered.personId()), Map.of(),
				Map.of(full.personId(), 3L), 10, WEDNESDAY);
		assertThat(ranked).containsExactly(backYesterday);
	}

	@Test
	void daysAreTheLeadersOwn() {
		// 02:00 UTC on Thursday is still Wednesday evening in Los Angeles.
		Helper wednesdaysInLosAngeles = helper("es", 0.0, true);
		wednesdaysInLosAngeles.terms(new HelperTerms(true, true, 40, 10, EnumSet.of(DayOfWeek.WEDNESDAY), null,
				java.time.ZoneId.of("America/Los_Angeles")), WEDNESDAY);
		Instant thursdayUtc = Instant.parse("2026-11-26T02:00:00Z");
		assertThat(Candidates.rank(this.inBoston, List.of(wednesdaysInLosAngeles), Set.of(), Map.of(), Map.of(), 10,
				thursdayUtc))
			.containsExactly(wednesdaysInLosAngeles);
		assertThat(Candidates.rank(this.inBoston, List.of(wednesdaysInLosAngeles), Set.of(), Map.of(), Map.of(), 10,
				thursdayUtc.plusSeconds(12 * 3600)))
			.isEmpty();
	}

	private static List<Helper> rank(HelpRequest request, Helper... helpers) {
		return Candidates.rank(request, List.of(helpers), Set.of(), Map.of(), Map.of(), 10, WEDNESDAY);
	}

	/** A Leader {@code degreesNorth} of Boston (0.1° is about 11 km), 40 km reach. */
	private static Helper helper(String language, double degreesNorth, boolean online) {
		Helper helper = new Helper(UUID.randomUUID());
		helper.identify("leader@example.org", "Leader", "en", List.of(language), BOSTON_LAT + degreesNorth, BOSTON_LON,
				null);
		helper.terms(new HelperTerms(true, online, 40, 10, EnumSet.allOf(DayOfWeek.class), null, ZoneOffset.UTC),
				WEDNESDAY);
		return helper;
	}

	private static HelperTerms terms(boolean accepting, Set<DayOfWeek> days, @Nullable LocalDate away, int cap) {
		return new HelperTerms(accepting, true, 40, cap, days, away, ZoneOffset.UTC);
	}

	private static HelpRequest request(@Nullable Double latitude, @Nullable Double longitude, String language) {
		Submission submission = new Submission("secret", "Ana", ContactMethod.IN_APP, null, language, latitude,
				longitude, BabyAge.UNDER_6_WEEKS, Set.of(Topic.MILK_SUPPLY), Set.of(), "Question");
		return new HelpRequest("H-TEST00", "hash", submission, new HelpRequest.Sealed("n", null, "b", "q"), WEDNESDAY);
	}

}
