package org.latch.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A site's waitlist as it stood before a change, so that afterwards each person still
 * waiting whose number changed is told once, with their new number (1 is first in line).
 */
final class WaitingLine {

	private final UUID site;

	private final Map<UUID, Integer> numbers;

	private WaitingLine(UUID site, Map<UUID, Integer> numbers) {
		this.site = site;
		this.numbers = numbers;
	}

	/** The line now; read with the site's row locked. */
	static WaitingLine of(Site site, RegistrationRepository registrations) {
		Map<UUID, Integer> numbers = new HashMap<>();
		List<Registration> waiting = waiting(site.id(), registrations);
		for (int i = 0; i < waiting.size(); i++) {
			numbers.put(waiting.get(i).id(), i + 1);
		}
		return new WaitingLine(site.id(), numbers);
	}

	/** Who still waits with a number other than before the change, and that number. */
	List<Numbered> moved(RegistrationRepository registrations) {
		List<Registration> waiting = waiting(this.site, registrations);
		List<Numbered> moved = new java.util.ArrayList<>();
		for (int i = 0; i < waiting.size(); i++) {
			Integer before = this.numbers.get(waiting.get(i).id());
			if (before != null && before != i + 1) {
				moved.add(new Numbered(waiting.get(i), i + 1));
			}
		}
		return moved;
	}

	private static List<Registration> waiting(UUID site, RegistrationRepository registrations) {
		return registrations.findBySiteIdAndStatusOrderByCreatedAtAscIdAsc(site, RegistrationStatus.WAITLISTED);
	}

	/** A waiting registration and its number in line. */
	record Numbered(Registration registration, int number) {
	}

}
