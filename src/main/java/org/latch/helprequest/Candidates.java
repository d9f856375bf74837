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

	static List<Helper> rank(HelpRequest request, Collection<Helper> helpers, Set<UUID> offeredBefore,
			Map<UUID, Long> openLoads, Map<UUID, Long> takenThisMonth, int loadKm, Instant now) {
		@Nullable GeoPoint place = (request.latitude() == null || request.longitude() == null) ? null
				: new GeoPoint(request.latitude(), request.longitude());
		record Ranked(Helper helper, double score) {
		}
		return helpers.stream()
			.filter(helper -> helper.speaks(request.language()) && helper.availableAt(now)
					&& !offeredBefore.contains(helper.personId())
					&& takenThisMonth.getOrDefault(helper.personId(), 0L) < helper.terms().monthlyCap())
			.map(helper -> new Ranked(helper,
					distanceScore(place, helper) + (double) loadKm * openLoads.getOrDefault(helper.personId(), 0L)))
			.filter(ranked -> ranked.score() < Double.POSITIVE_INFINITY)
			.sorted(Comparator.comparingDouble(Ranked::score).thenComparing(r -> r.helper().personId()))
			.map(Ranked::helper)
			.toList();
	}

	/**
	 * Kilometres to the Leader when the request is within their reach; beyond every near
	 * Leader when they answer online requests; infinite when they cannot take it.
	 */
	static double distanceScore(@Nullable GeoPoint place, Helper helper) {
		if (place == null) {
			return helper.terms().takesOnline() ? 0 : Double.POSITIVE_INFINITY;
		}
		if (helper.latitude() != null && helper.longitude() != null) {
			double km = place.distanceKm(new GeoPoint(helper.latitude(), helper.longitude()));
			if (km <= helper.terms().reachKm()) {
				return km;
			}
			return helper.terms().takesOnline() ? OUTSIDE_KM + km : Double.POSITIVE_INFINITY;
		}
		return helper.terms().takesOnline() ? OUTSIDE_KM * 2 : Double.POSITIVE_INFINITY;
	}

}
