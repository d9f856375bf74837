package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, forgets the names and email addresses of people registered for campaigns
 * held more than {@value #KEEP_DAYS} days ago, as the registration form's consent line
 * says. The registrations stay, without them, so a campaign's figures do not change.
 */
@Component
class RegistrationPurge {

	static final int KEEP_DAYS = 90;

	private static final Logger log = LoggerFactory.getLogger(RegistrationPurge.class);

	private final RegistrationRepository registrations;

	private final Clock clock;

	RegistrationPurge(RegistrationRepository registrations, Clock clock) {
		this.registrations = registrations;
		this.clock = clock;
	}

	@Scheduled(cron = "0 50 3 * * *")
	void nightly() {
		purge(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
	}

	/**
	 * Forgets the people of campaigns held more than the kept days before {@code today}.
	 */
	@Transactional
	int purge(LocalDate today) {
		int forgotten = this.registrations.forgetPeopleOfCampaignsBefore(today.minusDays(KEEP_DAYS));
		if (forgotten > 0) {
			log.info("Forgot the names and addresses of {} campaign registrations", forgotten);
		}
		return forgotten;
	}

}
