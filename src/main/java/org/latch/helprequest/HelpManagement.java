package org.latch.helprequest;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of help requests. */
@Service
public class HelpManagement {

	private final HelpViewers viewers;

	private final HelperSettings settings;

	private final Clock clock;

	HelpManagement(HelpViewers viewers, HelperSettings settings, Clock clock) {
		this.viewers = viewers;
		this.settings = settings;
		this.clock = clock;
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
