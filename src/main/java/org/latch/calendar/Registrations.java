package org.latch.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.platform.PrivateLinks;

/**
 * Registering, cancelling and the waitlist. Every change of a site's places happens with
 * the site's row locked, so the last place goes to exactly one registration, and the
 * waitlist moves up in the order people registered: the first in line is promoted as soon
 * as their whole party fits, and nobody behind them jumps the queue. Whoever still waits
 * and moved up in line is told their new number, once per change ({@link WaitingLine}).
 */
@Service
class Registrations {

	private final RegistrationRepository registrations;

	private final SiteRepository sites;

	private final TeamRepository teams;

	private final RegistrationNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registrations(RegistrationRepository registrations, SiteRepository sites, TeamRepository teams,
			RegistrationNotices notices, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.sites = sites;
		this.teams = teams;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers the entrant for a site (or virtually when {@code site} is null),
	 * confirmed if the party fits and nobody waits before them, else waitlisted. The same
	 * form sent again (same secret) is the registration already made.
	 */
	@Transactional
	Registration register(UUID campaign, @Nullable UUID site, TeamChoice team, Entrant entrant, String secret) {
		String hash = PrivateLinks.hash(secret);
		Optional<Registration> sent = this.registrations.findBySecretHash(hash);
		if (sent.isPresent()) {
			return sent.get();
		}
		Instant now = this.clock.instant();
		UUID teamId = team.resolve(campaign, this.teams, now);
		Registration registration = new Registration(UUID.randomUUID(), campaign, site, teamId, hash,
				PrivateLinks.newReference("R"), entrant, now);
		if (site == null) {
			registration.confirm(null, now);
			this.registrations.save(registration);
			confirmed(registration);
		}
		else {
			Site locked = this.sites.lockById(site).orElseThrow();
			boolean queue = this.registrations.people(site, RegistrationStatus.WAITLISTED) > 0;
			if (!queue && locked.fits(entrant.people())) {
				locked.take(entrant.people());
				registration.confirm(locked.feeCents(), now);
				this.registrations.save(registration);
				confirmed(registration);
			}
			else {
				this.registrations.save(registration);
			}
		}
		this.notices.registered(registration, secret);
		return registration;
	}

	/**
	 * Cancels the registration behind a private link; a confirmed place goes to the
	 * waitlist. False when the link leads nowhere or it was cancelled already.
	 */
	@Transactional
	boolean cancel(String secret) {
		Optional<Registration> found = this.registrations.findBySecretHash(PrivateLinks.hash(secret));
		if (found.isEmpty() || found.get().status() == RegistrationStatus.CANCELLED) {
			return false;
		}
		Registration registration = found.get();
		Site site = (registration.siteId() == null) ? null : this.sites.lockById(registration.siteId()).orElse(null);
		WaitingLine line = (site == null) ? null : line(site);
		boolean held = registration.status() == RegistrationStatus.CONFIRMED;
		registration.cancel(this.clock.instant());
		this.events.publishEvent(new RegistrationCancelled(registration.id(), registration.campaignId()));
		this.notices.cancelled(registration);
		if (site != null && line != null) {
			if (held) {
				site.release(registration.people());
			}
			promote(site, line);
		}
		return true;
	}

	/**
	 * Gives free places to the waitlist in order and tells those still waiting whose
	 * number changed; must run with the site's row locked (inside a transaction that took
	 * {@link SiteRepository#lockById}), {@code line} taken before the change that freed
	 * places or left the line.
	 */
	void promote(Site site, WaitingLine line) {
		promote(site);
		line.moved(this.registrations).forEach(this.notices::movedUp);
	}

	/** The site's waitlist as it stands, before a change; the site's row locked. */
	WaitingLine line(Site site) {
		return WaitingLine.of(site, this.registrations);
	}

	private void promote(Site site) {
		Instant now = this.clock.instant();
		for (Registration waiting : this.registrations.findBySiteIdAndStatusOrderByCreatedAtAscIdAsc(site.id(),
				RegistrationStatus.WAITLISTED)) {
			if (!site.fits(waiting.people())) {
				return;
			}
			site.take(waiting.people());
			waiting.confirm(site.feeCents(), now);
			confirmed(waiting);
			this.notices.promoted(waiting);
		}
	}

	@Transactional(readOnly = true)
	Optional<Registration> bySecret(String secret) {
		return this.registrations.findBySecretHash(PrivateLinks.hash(secret));
	}

	private void confirmed(Registration registration) {
		this.events.publishEvent(new RegistrationConfirmed(registration.id(), registration.campaignId(),
				registration.siteId(), registration.teamId()));
	}

}
