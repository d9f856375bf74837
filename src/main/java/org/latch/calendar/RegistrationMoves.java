package org.latch.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organizer moves a registration to another team, to no team, or to another site of
 * the campaign (or the virtual stroll). Both sites' rows are locked, always in the same
 * order so two moves never wait for each other: a site that is full, or has people
 * waiting, is refused (nobody jumps its line), and the place freed at the old site goes
 * to its waitlist in order, as a cancellation's would.
 */
@Service
class RegistrationMoves {

	/** What a move did. */
	enum Outcome {

		/** Moved; the registration holds a place wherever it is now. */
		MOVED,
		/** Refused: the site has no room, or people already wait for it. */
		FULL,
		/** Nothing to move: no such registration in the campaign, or it is cancelled. */
		GONE

	}

	private final RegistrationRepository registrations;

	private final SiteRepository sites;

	private final Registrations waitlists;

	private final RegistrationNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistrationMoves(RegistrationRepository registrations, SiteRepository sites, Registrations waitlists,
			RegistrationNotices notices, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.sites = sites;
		this.waitlists = waitlists;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves the campaign's registration to {@code site} (null: virtual) and {@code team}
	 * (null: none), both already checked to belong to the campaign.
	 */
	@Transactional
	Outcome move(UUID campaign, UUID registration, @Nullable UUID site, @Nullable UUID team) {
		Registration moving = this.registrations.findById(registration)
			.filter(found -> found.campaignId().equals(campaign))
			.filter(found -> found.status() != RegistrationStatus.CANCELLED)
			.orElse(null);
		if (moving == null) {
			return Outcome.GONE;
		}
		Instant now = this.clock.instant();
		if (Objects.equals(moving.siteId(), site)) {
			moving.join(team, now);
			moved(moving, false);
			return Outcome.MOVED;
		}
		Site from = null;
		Site to = null;
		for (UUID id : lockOrder(moving.siteId(), site)) {
			Site locked = this.sites.lockById(id).orElseThrow();
			if (id.equals(site)) {
				to = locked;
			}
			else {
				from = locked;
			}
		}
		if (to != null && (this.registrations.people(to.id(), RegistrationStatus.WAITLISTED) > 0
				|| !to.fits(moving.people()))) {
			return Outcome.FULL;
		}
		WaitingLine line = (from == null) ? null : this.waitlists.line(from);
		boolean waited = moving.status() == RegistrationStatus.WAITLISTED;
		if (from != null && !waited) {
			from.release(moving.people());
		}
		if (to != null) {
			to.take(moving.people());
		}
		moving.move(site, team, (to == null) ? null : to.feeCents(), now);
		if (from != null && line != null) {
			this.waitlists.promote(from, line);
		}
		if (waited) {
			this.events.publishEvent(new RegistrationConfirmed(moving.id(), campaign, site, team));
		}
		moved(moving, true);
		return Outcome.MOVED;
	}

	private void moved(Registration registration, boolean newPlace) {
		this.events.publishEvent(new RegistrationMoved(registration.id(), registration.campaignId(),
				registration.siteId(), registration.teamId()));
		this.notices.moved(registration, newPlace);
	}

	/** The sites to lock, smallest id first, as every move locks them. */
	private static java.util.List<UUID> lockOrder(@Nullable UUID from, @Nullable UUID to) {
		return java.util.stream.Stream.of(from, to).filter(Objects::nonNull).sorted().toList();
	}

}
