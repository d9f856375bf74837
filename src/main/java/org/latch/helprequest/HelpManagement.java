package org.latch.helprequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of help requests. */
@Service
public class HelpManagement {

	private final HelpViewers viewers;

	private final HelperSettings settings;

	private final Clock clock;

	private final HelpContactRepository contacts;

	private final ContactLog log;

	private final LeaderUnits units;

	HelpManagement(HelpViewers viewers, HelperSettings settings, Clock clock, HelpContactRepository contacts,
			ContactLog log, LeaderUnits units) {
		this.viewers = viewers;
		this.settings = settings;
		this.clock = clock;
		this.contacts = contacts;
		this.log = log;
		this.units = units;
	}

	/**
	 * Logs that a Leader helped a family by phone, text, email or in person, in the first
	 * group they lead, as they would on their contact page: for loading a network's past
	 * (the demo). False for anyone who leads no group.
	 * @throws IllegalArgumentException for the {@link ContactChannel#LATCH} channel,
	 * which only Latch writes, or no topic
	 */
	@Transactional
	public boolean logContact(String email, LocalDate date, ContactChannel channel, Set<Topic> topics) {
		if (this.units.groupsLedBy(email).isEmpty()) {
			return false;
		}
		return this.viewers.of(email).map(viewer -> this.log.log(viewer.person(), date, channel, topics)).isPresent();
	}

	/**
	 * Every time a Leader helped a family, as the activity reports count it (decision
	 * 22): each contact a Leader logged, and each help request once, when a Leader first
	 * answered it in Latch. The contact log keeps no link to a request, so the count
	 * stays when old requests are deleted; closing a request adds nothing (it was counted
	 * when answered).
	 */
	@Transactional(readOnly = true)
	public long familiesHelped() {
		return this.contacts.count();
	}

	/**
	 * Lets a Leader take help requests on the default terms (every day, 40 km, online
	 * too, ten a month), as they would by saving their settings; false for anyone who is
	 * not a Leader or an administrator.
	 */
	@Transactional
	public boolean takeRequests(String email) {
		return this.viewers.of(email).map(viewer -> {
			this.settings.save(viewer, HelperSettings.DEFAULT, this.clock.instant());
			return true;
		}).isPresent();
	}

}
