package org.latch.helprequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

	/**
	 * Ids in the order databases keep them (PostgreSQL and H2 compare the 16 bytes
	 * unsigned; {@link UUID#compareTo} compares signed halves), so that a query ordered
	 * by id agrees with {@link #ORDER}.
	 */
	static final Comparator<UUID> ID_ORDER = (a, b) -> {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return (high != 0) ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	};

	/** Best first: lowest score, then the Leader's id. */
	static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score)
		.thenComparing(scored -> scored.helper().personId(), ID_ORDER);

	static List<Helper> rank(HelpRequest request, Collection<Helper> helpers, Set<UUID> offeredBefore,
			Map<UUID, Long> openLoads, Map<UUID, Long> takenThisMonth, int loadKm, Instant now) {
		List<Helper> eligible = bounds(request, helpers, offeredBefore, now).stream().map(Scored::helper).toList();
		return score(request, eligible, openLoads, takenThisMonth, loadKm).stream()
			.sorted(ORDER)
			.map(Scored::helper)
			.toList();
	}

	/**
	 * At least the {@code wanted} best of {@link #rank} over the pool, in its order,
	 * asking for the loads of as few Leaders as it can. A Leader's score is their
	 * distance score plus their load, so the distance score alone is a lower bound:
	 * Leaders are taken in order of that bound (then id), their loads asked {@code chunk}
	 * at a time, until the next bound cannot beat the {@code wanted}-th score found.
	 */
	static List<Scored> best(HelpRequest request, Collection<Helper> pool, Set<UUID> offeredBefore, Instant now,
			int wanted, int chunk, int loadKm, Function<List<Helper>, Loads> loads) {
		List<Scored> bounds = bounds(request, pool, offeredBefore, now);
		List<Scored> found = new ArrayList<>();
		for (int from = 0; from < bounds.size(); from += chunk) {
			if (found.size() >= wanted && ORDER.compare(found.get(wanted - 1), bounds.get(from)) < 0) {
				break;
			}
			List<Helper> next = bounds.subList(from, Math.min(bounds.size(), from + chunk))
				.stream()
				.map(Scored::helper)
				.toList();
			Loads counted = loads.apply(next);
			found.addAll(score(request, next, counted.holding(), counted.taken(), loadKm));
			found.sort(ORDER);
		}
		return found;
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

	/**
	 * Per Leader, how many requests they are answering and how many they took this month.
	 */
	record Loads(Map<UUID, Long> holding, Map<UUID, Long> taken) {
	}

	/** A Leader and their score (lower is better). */
	record Scored(Helper helper, double score) {
	}

}
