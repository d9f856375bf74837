package org.latch.platform;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The IANA time zones people choose from in forms: the Region/City zones (legacy aliases
 * such as {@code US/Eastern} left out) and UTC, sorted, and the same grouped by region so
 * a select can show them under one heading per region.
 */
public final class TimeZones {

	/** Every zone offered, sorted, UTC included. */
	public static final List<String> ALL = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
				|| zone.equals("UTC"))
		.sorted()
		.toList();

	/**
	 * The Region/City zones by region, regions and zones in alphabetical order (no UTC).
	 */
	public static final Map<String, List<Zone>> BY_REGION = ALL.stream()
		.filter(zone -> zone.contains("/"))
		.map(zone -> new Zone(zone, zone.substring(zone.indexOf('/') + 1).replace('_', ' ')))
		.collect(Collectors.groupingBy(zone -> zone.id().substring(0, zone.id().indexOf('/')), LinkedHashMap::new,
				Collectors.toList()));

	private TimeZones() {
	}

	/** Whether the zone is one of those offered. */
	public static boolean offered(String zone) {
		return ALL.contains(zone);
	}

	/**
	 * A zone's IANA id and its place as shown under its region ("Argentina/Buenos
	 * Aires").
	 */
	public record Zone(String id, String place) {
	}

}
