package org.latch.helprequest;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * Which Leaders may be offered a request, best first. Eligible: speaks the family's
 * language (the query's part), available now (accepting, not away, one of their days),
 * under their monthly cap, not offered this request before, and either near enough (the
 * request is within their reach) or answering online requests. Ranked by distance plus
 * {@code loadKm} for each request they are answering now; Leaders who are not near come
 * after every near one. An online request has no distance: only load ranks it.
 */
final class Candidates {

	/** How far behind the near Leaders those who only answer online requests come. */
	static final double OUTSIDE_KM = 10_000;

	private Candidates() {
	}

	/** Best first: lowest score, then the Leader's id. */
	static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score)
		.thenComparing(scored -> scored.helper().personId());

	static List<Helper> rank(HelpRequest request, Collection<Helper> helpers, Set<UUID> offeredBefore,
			Map<UUID, Long> openLoads, Map<UUID, Long> takenThisMonth, int loadKm, Instant now) {
		List<Helper> eligible = bounds(request, helpers, offeredBefore, now).stream().map(Scored::helper).toList();
		return score(request, eligible, openLoads, takenThisMonth, loadKm).stream()
			.sorted(ORDER)
			.map(Scored::helper)
			.toList();
	}

	/**
	 * The Leaders who may take the request whatever their load (language, available now,
	 * not offered it before, near enough or online), each with their distance score: the
	 * lowest score their load can give them. Best first.
	 */
	static List<Scored> bounds(HelpRequest request, Collection<Helper> helpers, Set<UUID> offeredBefore, Instant now) {
		@Nullable GeoPoint place = place(request);
		return helpers.stream()
			.filter(helper -> helper.speaks(request.language()) && helper.availableAt(now)
					&& !offeredBefore.contains(helper.personId()))
			.map(helper -> new Scored(helper, distanceScore(place, helper)))
			.filter(scored -> scored.score() < Double.POSITIVE_INFINITY)
			.sorted(ORDER)
			.toList();
	}

	/**
	 * Those of the Leaders (eligible by {@link #bounds}) under their monthly cap, with
	 * their score: distance score plus {@code loadKm} per request they are answering.
	 */
	static List<Scored> score(HelpRequest request, Collection<Helper> eligible, Map<UUID, Long> openLoads,
			Map<UUID, Long> takenThisMonth, int loadKm) {
		@Nullable GeoPoint place = place(request);
		return eligible.stream()
			.filter(helper -> takenThisMonth.getOrDefault(helper.personId(), 0L) < helper.monthlyCap())
			.map(helper -> new Scored(helper,
					distanceScore(place, helper) + (double) loadKm * openLoads.getOrDefault(helper.personId(), 0L)))
			.filter(scored -> scored.score() < Double.POSITIVE_INFINITY)
			.toList();
	}

	private static @Nullable GeoPoint place(HelpRequest request) {
		return (request.latitude() == null || request.longitude() == null) ? null
				: new GeoPoint(request.latitude(), request.longitude());
	}

	/**
	 * Kilometres to the Leader when the request is within their reach; beyond every near
	 * Leader when they answer online requests; infinite when they cannot take it.
	 */
	static double distanceScore(@Nullable GeoPoint place, Helper helper) {
		if (place == null) {
			return helper.takesOnline() ? 0 : Double.POSITIVE_INFINITY;
		}
		if (helper.latitude() != null && helper.longitude() != null) {
			double km = place.distanceKm(new GeoPoint(helper.latitude(), helper.longitude()));
			if (km <= helper.reachKm()) {
				return km;
			}
			return helper.takesOnline() ? OUTSIDE_KM + km : Double.POSITIVE_INFINITY;
		}
		return helper.takesOnline() ? OUTSIDE_KM * 2 : Double.POSITIVE_INFINITY;
	}

	/** A Leader and their score (lower is better). */
	record Scored(Helper helper, double score) {
	}

}
