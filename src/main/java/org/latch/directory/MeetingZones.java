package org.latch.directory;

import java.time.ZoneId;
import java.util.List;

/** The IANA time zones a meeting can be held in, as the select lists them. */
final class MeetingZones {

	/** Region/City zones, sorted; legacy aliases such as {@code US/Eastern} left out. */
	static final List<String> ALL = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
				|| zone.equals("UTC"))
		.sorted()
		.toList();

	private MeetingZones() {
	}

}
