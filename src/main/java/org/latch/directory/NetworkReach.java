package org.latch.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far the network reaches, counted from the local groups: groups meeting in person
 * and online, the countries where at least one group meets in person (ISO 3166-1 codes,
 * which give Puerto Rico and the US Virgin Islands codes of their own) and the regions:
 * each state or province named by such a group, and each country or territory as a whole
 * where no such group names one.
 */
public record NetworkReach(long groupsInPerson, long groupsOnline, long countries, long regions) {

	/** Counts countries and regions from the distinct places groups meet in person. */
	static NetworkReach of(long groupsInPerson, long groupsOnline, List<PlaceMet> places) {
		Map<String, Set<String>> regionsOf = new HashMap<>();
		for (PlaceMet place : places) {
			if (place.country().isBlank()) {
				continue;
			}
			Set<String> named = regionsOf.computeIfAbsent(place.country(), country -> new HashSet<>());
			if (place.region() != null && !place.region().isBlank()) {
				named.add(place.region());
			}
		}
		long regions = regionsOf.values().stream().mapToLong(named -> Math.max(1, named.size())).sum();
		return new NetworkReach(groupsInPerson, groupsOnline, regionsOf.size(), regions);
	}

}
