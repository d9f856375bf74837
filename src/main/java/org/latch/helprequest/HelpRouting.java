package org.latch.helprequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.account.Role;
import org.latch.directory.UnitId;
import org.latch.geo.GeoPoint;
import org.latch.notification.NotificationManagement;

/**
 * Finds a Leader for every request: offers it to the best {@link Candidates} one (or
 * several) at a time, moves on when an offer is declined or not accepted in time, and
 * hands it to the Area Administrators after too many offers or when nobody is eligible.
 * Every step is recorded. Time comes in as an argument so tests move it.
 */
@Service
class HelpRouting {

	private static final Logger log = LoggerFactory.getLogger(HelpRouting.class);

	private static final int BATCH = 100;

	/** How many Leaders are scored, or read least busy first, at a time. */
	private static final int CHUNK = 64;

	private final HelpRequestRepository requests;

	private final HelperRepository helpers;

	private final HelperLoads loads;

	private final HelpOfferRepository offers;

	private final HelpStepRepository steps;

	private final RoutingSettings settings;

	private final NotificationManagement notifications;

	private final HelpMails mails;

	private final AccountManagement accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HelpRouting(HelpRequestRepository requests, HelperRepository helpers, HelperLoads loads, HelpOfferRepository offers,
			HelpStepRepository steps, RoutingSettings settings, NotificationManagement notifications, HelpMails mails,
			AccountManagement accounts, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.helpers = helpers;
		this.loads = loads;
		this.offers = offers;
		this.steps = steps;
		this.settings = settings;
		this.notifications = notifications;
		this.mails = mails;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Routes a request once its submission is committed (retried after a crash). */
	@ApplicationModuleListener
	void on(HelpRequestSubmitted submitted) {
		route(submitted.requestId(), this.clock.instant());
	}

	/**
	 * Offers the request to as many Leaders as may hold it at once, or escalates it.
	 * Nothing happens to a request that is not waiting.
	 */
	@Transactional
	void route(UUID requestId, Instant now) {
		this.requests.lockById(requestId).filter(r -> r.status() == HelpStatus.WAITING).ifPresent(request -> {
			List<HelpOffer> made = this.offers.findByRequestId(requestId);
			long pending = made.stream().filter(HelpOffer::pending).count();
			long ended = made.size() - pending;
			if (ended >= this.settings.maxOffers()) {
				escalate(request, made, now);
				return;
			}
			long free = Math.min(this.settings.offersAtOnce() - pending, this.settings.maxOffers() - ended - pending);
			if (free <= 0) {
				return;
			}
			Set<UUID> before = made.stream().map(HelpOffer::helperId).collect(Collectors.toSet());
			List<Helper> ranked = candidates(request, before, now, (int) free);
			if (ranked.isEmpty() && pending == 0) {
				escalate(request, made, now);
				return;
			}
			ranked.stream().limit(free).forEach(helper -> offer(request, helper, now));
		});
	}

	/**
	 * Leaders who may be offered the request, best first: at least the {@code wanted}
	 * best of {@link Candidates#rank} over every Leader speaking the language who helps
	 * near the request or answers online requests, in the same order. The Leaders helping
	 * from inside the box are ranked first; when enough of them are within reach, nobody
	 * further away can come before them. Loads are read from the Leaders' rows
	 * ({@link HelperLoads}).
	 */
	List<Helper> candidates(HelpRequest request, Set<UUID> offeredBefore, Instant now, int wanted) {
		String language = "%," + request.language() + ",%";
		Instant monthStart = HelperLoads.monthStart(now);
		if (request.latitude() == null || request.longitude() == null) {
			return leastBusyOnline(request, language, offeredBefore, now, monthStart, wanted);
		}
		Map<UUID, Helper> pool = new LinkedHashMap<>();
		Box box = Box.around(request.latitude(), request.longitude(), HelperTerms.MAX_REACH_KM);
		this.helpers.acceptingInBox(language, box.south(), box.north(), box.west(), box.east())
			.forEach(helper -> pool.put(helper.personId(), helper));
		List<Candidates.Scored> found = best(request, pool.values(), offeredBefore, now, monthStart, wanted);
		// Nobody near enough: Leaders answering online requests, read in ever wider
		// boxes.
		// Whoever helps from outside a box is farther than its radius, so scores more
		// than
		// OUTSIDE_KM + radius and cannot beat a Leader found scoring less; Leaders with
		// no
		// place score 2 * OUTSIDE_KM and come in with the last, everywhere.
		double radius = HelperTerms.MAX_REACH_KM;
		while (!(found.size() >= wanted && found.get(wanted - 1).score() <= Candidates.OUTSIDE_KM + radius)) {
			radius *= 4;
			if (radius >= Candidates.OUTSIDE_KM) {
				this.helpers.online(language).forEach(helper -> pool.putIfAbsent(helper.personId(), helper));
				return ranked(best(request, pool.values(), offeredBefore, now, monthStart, wanted));
			}
			Box wider = Box.around(request.latitude(), request.longitude(), radius);
			this.helpers.onlineInBox(language, wider.south(), wider.north(), wider.west(), wider.east())
				.forEach(helper -> pool.putIfAbsent(helper.personId(), helper));
			found = best(request, pool.values(), offeredBefore, now, monthStart, wanted);
		}
		return ranked(found);
	}

	private static List<Helper> ranked(List<Candidates.Scored> found) {
		return found.stream().map(Candidates.Scored::helper).toList();
	}

	/**
	 * For a request without a place every online Leader's score is their load alone, so
	 * the database hands them out least busy first (then by id, as
	 * {@link Candidates#ORDER} does), a page at a time, until enough are eligible.
	 */
	private List<Helper> leastBusyOnline(HelpRequest request, String language, Set<UUID> offeredBefore, Instant now,
			Instant monthStart, int wanted) {
		List<Helper> found = new ArrayList<>();
		int load = -1;
		UUID after = new UUID(0, 0);
		while (found.size() < wanted) {
			List<Helper> page = this.helpers.onlineByLoad(language, load, after, Limit.of(CHUNK));
			// The page's eligible Leaders by Candidates' own rules, in the page's order
			best(request, page, offeredBefore, now, monthStart, wanted - found.size()).stream()
				.limit(wanted - found.size())
				.forEach(scored -> found.add(scored.helper()));
			if (page.size() < CHUNK) {
				break;
			}
			load = page.getLast().openCount();
			after = page.getLast().personId();
		}
		return found;
	}

	/** {@link Candidates#best} with the loads kept on the Leaders' rows. */
	private List<Candidates.Scored> best(HelpRequest request, Collection<Helper> pool, Set<UUID> offeredBefore,
			Instant now, Instant monthStart, int wanted) {
		return Candidates.best(request, pool, offeredBefore, now, wanted, CHUNK, this.settings.loadKm(), chunk -> {
			Candidates.Loads loads = new Candidates.Loads(new HashMap<>(), new HashMap<>());
			chunk.forEach(helper -> {
				loads.holding().put(helper.personId(), (long) helper.openCount());
				loads.taken().put(helper.personId(), (long) helper.takenIn(monthStart));
			});
			return loads;
		});
	}

	/** The Leader takes the request; false when the offer is no longer theirs to take. */
	@Transactional
	boolean accept(UUID helperId, UUID offerId, Instant now) {
		Optional<HelpRequest> locked = this.offers.requestOf(offerId).flatMap(this.requests::lockById);
		Optional<HelpOffer> found = this.offers.findById(offerId)
			.filter(offer -> offer.helperId().equals(helperId) && offer.pending());
		if (locked.isEmpty() || found.isEmpty() || locked.get().status() != HelpStatus.WAITING) {
			return false;
		}
		HelpOffer offer = found.get();
		HelpRequest request = locked.get();
		offer.end(HelpOffer.Answer.ACCEPTED, null, now);
		withdrawOthers(request, offer.getId(), now);
		Helper helper = this.helpers.findById(helperId).orElseThrow();
		request.assign(helperId, helper.areaId(), now);
		this.loads.recount(List.of(helperId), now);
		this.steps.save(new HelpStep(request.id(), now, HelpStep.Kind.ACCEPTED, helper.displayName(), null));
		return true;
	}

	/** The Leader declines; the request moves on at once. */
	@Transactional
	boolean decline(UUID helperId, UUID offerId, DeclineReason reason, Instant now) {
		this.offers.requestOf(offerId).flatMap(this.requests::lockById);
		Optional<HelpOffer> found = this.offers.findById(offerId)
			.filter(offer -> offer.helperId().equals(helperId) && offer.pending());
		found.ifPresent(offer -> {
			offer.end(HelpOffer.Answer.DECLINED, reason, now);
			this.steps
				.save(new HelpStep(offer.requestId(), now, HelpStep.Kind.DECLINED, nameOf(helperId), reason.name()));
			route(offer.requestId(), now);
		});
		return found.isPresent();
	}

	/**
	 * An administrator gives the request to a Leader of their choice, whatever its state
	 * short of closed; pending offers are withdrawn.
	 */
	@Transactional
	boolean assign(UUID requestId, UUID helperId, String by, Instant now) {
		Optional<HelpRequest> found = this.requests.lockById(requestId).filter(r -> r.status().open());
		Optional<Helper> helper = this.helpers.findById(helperId);
		if (found.isEmpty() || helper.isEmpty()) {
			return false;
		}
		HelpRequest request = found.get();
		withdrawOthers(request, null, now);
		@Nullable UUID before = request.helperId();
		request.assign(helperId, request.areaId() != null ? request.areaId() : helper.get().areaId(), now);
		this.loads.recount((before == null) ? List.of(helperId) : List.of(before, helperId), now);
		this.steps.save(new HelpStep(requestId, now, HelpStep.Kind.ASSIGNED, by, helper.get().displayName()));
		this.notifications.send(this.mails.assigned(helper.get(), request.reference()));
		return true;
	}

	/** Runs every minute: expires overdue offers and routes what waits without one. */
	@Scheduled(initialDelayString = "${latch.help.routing.sweep-every:60s}",
			fixedDelayString = "${latch.help.routing.sweep-every:60s}")
	void sweep() {
		sweep(this.clock.instant());
	}

	/** Expires the offers due before {@code now} and routes their requests again. */
	int sweep(Instant now) {
		int expired = 0;
		while (true) {
			List<UUID> due = this.offers.requestsWithOffersDue(HelpOffer.Answer.PENDING, now, Limit.of(BATCH));
			if (due.isEmpty()) {
				break;
			}
			for (UUID request : due) {
				Integer done = this.transactions.execute(status -> expire(request, now));
				expired += (done == null) ? 0 : done;
			}
		}
		List<UUID> unoffered = this.requests.findUnoffered(HelpStatus.WAITING, HelpOffer.Answer.PENDING,
				now.minusSeconds(60), Limit.of(BATCH));
		unoffered.forEach(id -> this.transactions.executeWithoutResult(status -> route(id, now)));
		if (expired + unoffered.size() > 0) {
			log.info("Help routing: {} offers expired, {} requests routed again", expired, unoffered.size());
		}
		return expired + unoffered.size();
	}

	/** Expires the request's offers due before {@code now}, then routes it again. */
	private int expire(UUID requestId, Instant now) {
		if (this.requests.lockById(requestId).isEmpty()) {
			return 0;
		}
		List<HelpOffer> due = this.offers.findByRequestId(requestId)
			.stream()
			.filter(offer -> offer.pending() && offer.dueAt().isBefore(now))
			.toList();
		for (HelpOffer offer : due) {
			offer.end(HelpOffer.Answer.EXPIRED, null, now);
			this.steps.save(new HelpStep(requestId, now, HelpStep.Kind.EXPIRED, nameOf(offer.helperId()), null));
		}
		route(requestId, now);
		return due.size();
	}

	/** How a step names a Leader: their display name, or Latch once they are gone. */
	private String nameOf(UUID helperId) {
		return this.helpers.findById(helperId).map(Helper::displayName).orElse(HelpStep.LATCH);
	}

	private void offer(HelpRequest request, Helper helper, Instant now) {
		Instant due = now.plus(this.settings.offerTime(request.urgent()));
		this.offers.save(new HelpOffer(request.id(), helper.personId(), now, due));
		request.placeIn(helper.areaId());
		this.steps.save(new HelpStep(request.id(), now, HelpStep.Kind.OFFERED, HelpStep.LATCH, helper.displayName()));
		this.notifications.send(this.mails.offered(helper, request.reference(), due));
	}

	private void withdrawOthers(HelpRequest request, @Nullable UUID kept, Instant now) {
		this.offers.findByRequestId(request.id())
			.stream()
			.filter(offer -> offer.pending() && !offer.getId().equals(kept))
			.forEach(offer -> offer.end(HelpOffer.Answer.WITHDRAWN, null, now));
	}

	/**
	 * Hands the request to the Area Administrators of the area of the first Leader it was
	 * offered to, or else of the nearest Leader; online requests nobody was offered go to
	 * the network's Organization Administrators' queue.
	 */
	private void escalate(HelpRequest request, List<HelpOffer> made, Instant now) {
		withdrawOthers(request, null, now);
		@Nullable UUID area = made.stream()
			.min(Comparator.comparing(HelpOffer::offeredAt))
			.flatMap(first -> this.helpers.findById(first.helperId()))
			.map(Helper::areaId)
			.orElseGet(() -> nearestArea(request));
		request.escalate(area, now);
		this.steps.save(new HelpStep(request.id(), now, HelpStep.Kind.ESCALATED, HelpStep.LATCH,
				made.isEmpty() ? "NO_CANDIDATE" : "NOT_TAKEN"));
		if (area != null) {
			List<Person> admins = this.accounts.holdingOver(Set.of(Role.AREA_ADMIN), new UnitId(area));
			if (admins.isEmpty()) {
				admins = this.accounts.holdingOver(Set.of(Role.ORG_ADMIN), new UnitId(area));
			}
			admins.forEach(admin -> this.notifications.send(this.mails.escalated(admin, request.reference())));
		}
	}

	private @Nullable UUID nearestArea(HelpRequest request) {
		if (request.latitude() == null || request.longitude() == null) {
			return null;
		}
		GeoPoint place = new GeoPoint(request.latitude(), request.longitude());
		Box box = Box.around(request.latitude(), request.longitude(), HelperTerms.MAX_REACH_KM);
		return this.helpers.placedWithin(box.south(), box.north(), box.west(), box.east())
			.stream()
			.filter(helper -> helper.areaId() != null && helper.latitude() != null && helper.longitude() != null)
			.min(Comparator.comparingDouble(h -> place.distanceKm(new GeoPoint(h.latitude(), h.longitude()))))
			.map(Helper::areaId)
			.orElse(null);
	}

	/**
	 * Latitude and longitude bounds holding every place within {@code km} of a place: the
	 * longitude span is that of the latitude nearest a pole, and spans round the 180th
	 * meridian take every longitude.
	 */
	private record Box(double south, double north, double west, double east) {

		static Box around(double latitude, double longitude, double km) {
			double dLat = km / 111.0;
			double poleward = Math.min(90, Math.abs(latitude) + dLat);
			double dLon = km / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(poleward))));
			if (longitude - dLon < -180 || longitude + dLon > 180) {
				return new Box(latitude - dLat, latitude + dLat, -180, 180);
			}
			return new Box(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
		}

	}

}
