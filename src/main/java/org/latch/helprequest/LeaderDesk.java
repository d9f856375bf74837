package org.latch.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.directory.DirectoryManagement;
import org.latch.notification.NotificationManagement;
import org.latch.platform.Language;
import org.latch.platform.Localizer;

/**
 * Requests as Leaders and administrators work on them: the inbox, a request opened (each
 * opening recorded for the family to see), replies, private notes and closing. Only the
 * Leader answering a request, a Leader it is offered to, and the administrators of its
 * area may open it; only its Leader replies to the family and sees how to reach them.
 */
@Service
class LeaderDesk {

	private final HelpRequestRepository requests;

	private final HelpOfferRepository offers;

	private final HelpStepRepository steps;

	private final HelpNoteRepository notes;

	private final HelpReadRepository reads;

	private final HelperRepository helpers;

	private final HelpRequests family;

	private final DirectoryManagement directory;

	private final NotificationManagement notifications;

	private final HelpMails mails;

	private final RoutingSettings settings;

	private final ContactLog contacts;

	private final Referrals referrals;

	private final MessageSource messages;

	private final HelperLoads loads;

	LeaderDesk(HelpRequestRepository requests, HelpOfferRepository offers, HelpStepRepository steps,
			HelpNoteRepository notes, HelpReadRepository reads, HelperRepository helpers, HelpRequests family,
			DirectoryManagement directory, NotificationManagement notifications, HelpMails mails,
			RoutingSettings settings, ContactLog contacts, Referrals referrals, MessageSource messages,
			HelperLoads loads) {
		this.loads = loads;
		this.referrals = referrals;
		this.messages = messages;
		this.settings = settings;
		this.contacts = contacts;
		this.requests = requests;
		this.offers = offers;
		this.steps = steps;
		this.notes = notes;
		this.reads = reads;
		this.helpers = helpers;
		this.family = family;
		this.directory = directory;
		this.notifications = notifications;
		this.mails = mails;
	}

	@Transactional(readOnly = true)
	InboxView inbox(Viewer viewer) {
		List<InboxView.Line> offered = this.offers
			.findByHelperIdAndAnswerOrderByDueAt(viewer.id(), HelpOffer.Answer.PENDING)
			.stream()
			.flatMap(offer -> this.requests.findById(offer.requestId()).map(r -> line(r, offer)).stream())
			.toList();
		List<InboxView.Line> answering = this.requests
			.findByHelperIdAndStatusOrderByCreatedAt(viewer.id(), HelpStatus.ANSWERING)
			.stream()
			.map(r -> line(r, null))
			.toList();
		return new InboxView(this.helpers.existsById(viewer.id()), offered, answering);
	}

	/** Opens the request for the viewer and records that they read it. */
	@Transactional
	Optional<CaseView> open(UUID id, Viewer viewer, Instant now) {
		return this.requests.findById(id).flatMap(request -> {
			Optional<HelpOffer> offer = pendingOffer(request, viewer);
			if (!mayOpen(request, viewer, offer.isPresent())) {
				return Optional.empty();
			}
			this.reads.save(new HelpRead(request.id(), viewer.name(), viewer.role(), now));
			boolean answering = viewer.id().equals(request.helperId()) && request.status() == HelpStatus.ANSWERING;
			HelpRequest.Sealed open = request.sealed().map(this.family::decrypt);
			return Optional.of(new CaseView(request.id(), request.reference(), request.status(), request.urgent(),
					request.language(), open.name(), request.contactMethod(), answering ? open.contact() : null,
					BabyAge.valueOf(open.baby()), request.topics(), open.question(), request.createdAt(),
					this.family.thread(request.id()), notes(request.id()), steps(request.id()),
					offer.map(HelpOffer::getId).orElse(null), answering, request.outcome(), request.rating()));
		});
	}

	/** The answering Leader writes to the family. */
	@Transactional
	boolean reply(UUID id, Viewer viewer, String body, Instant now) {
		Optional<HelpRequest> found = answeredBy(id, viewer);
		found.ifPresent(request -> answer(request, viewer, body, now));
		return found.isPresent();
	}

	/** Where the answering Leader may refer the family; none for anyone else. */
	@Transactional(readOnly = true)
	List<Referral> referrals(UUID id, Viewer viewer) {
		return this.requests.findById(id)
			.filter(request -> request.status() == HelpStatus.ANSWERING && viewer.id().equals(request.helperId()))
			.map(this.referrals::options)
			.orElse(List.of());
	}

	/**
	 * The answering Leader sends the family one of the places {@link Referrals} offers,
	 * as a message in the family's language; false when it is not one of them.
	 */
	@Transactional
	boolean refer(UUID id, Viewer viewer, String key, Instant now) {
		Optional<HelpRequest> found = answeredBy(id, viewer);
		Optional<Referral> referral = found.flatMap(request -> this.referrals.find(request, key));
		if (referral.isEmpty()) {
			return false;
		}
		HelpRequest request = found.get();
		Localizer family = new Localizer(this.messages,
				Language.match(request.language()).orElse(Language.ENGLISH).locale());
		answer(request, viewer, family.t(referral.get().messageKey(), referral.get().name(), referral.get().reach()),
				now);
		this.steps.save(new HelpStep(request.id(), now, HelpStep.Kind.REFERRED, viewer.name(), referral.get().name()));
		return true;
	}

	/**
	 * Writes the Leader's message. The first answer is recorded as a step and counted
	 * once in the Leader's contact log (decision 22); when the family chose email, they
	 * are told (without the words) to look.
	 */
	private void answer(HelpRequest request, Viewer viewer, String body, Instant now) {
		this.family.write(request, HelpMessage.Author.LEADER, body, now);
		if (request.answered(now)) {
			this.steps.save(new HelpStep(request.id(), now, HelpStep.Kind.ANSWERED, viewer.name(), null));
			ZoneId zone = this.helpers.findById(viewer.id()).map(Helper::zone).orElse(ZoneOffset.UTC);
			this.contacts.countAnswered(viewer.id(), LocalDate.ofInstant(now, zone), request.topics());
		}
		if (request.contactMethod() == ContactMethod.EMAIL) {
			String to = request.sealed().contact();
			if (to != null) {
				this.notifications.send(this.mails.answered(this.family.decrypt(HelpRequests.CONTACT, to),
						request.language(), request.reference()));
			}
		}
	}

	/** A private note, by the answering Leader or an administrator of the request. */
	@Transactional
	boolean note(UUID id, Viewer viewer, String body, Instant now) {
		Optional<HelpRequest> found = this.requests.findById(id)
			.filter(request -> mayOpen(request, viewer, pendingOffer(request, viewer).isPresent()));
		found.ifPresent(request -> this.notes
			.save(new HelpNote(request.id(), viewer.name(), this.family.encrypt(HelpRequests.NOTE, body), now)));
		return found.isPresent();
	}

	/** Closes the request with its outcome and the topics it turned out to be about. */
	@Transactional
	boolean close(UUID id, Viewer viewer, Outcome outcome, Collection<Topic> topics, Instant now) {
		Optional<HelpRequest> found = this.requests.lockById(id)
			.filter(request -> request.status().open() && (viewer.id().equals(request.helperId())
					|| (viewer.administrator() && mayOpen(request, viewer, false))));
		found.ifPresent(request -> {
			request.close(outcome, topics, now);
			if (request.helperId() != null) {
				this.loads.recount(List.of(request.helperId()), now);
			}
			this.steps.save(new HelpStep(request.id(), now, HelpStep.Kind.CLOSED, viewer.name(), outcome.name()));
			this.offers.findByRequestId(request.id())
				.stream()
				.filter(HelpOffer::pending)
				.forEach(offer -> offer.end(HelpOffer.Answer.WITHDRAWN, null, now));
		});
		return found.isPresent();
	}

	/**
	 * What the administrator's queue holds: requests nobody has taken yet, and requests a
	 * Leader took but has not answered within the offer time, in the areas they
	 * administer.
	 */
	@Transactional(readOnly = true)
	List<QueueLine> queue(Viewer viewer, Instant now) {
		Predicate<@Nullable UUID> inScope = areas(viewer);
		List<HelpRequest> lines = this.requests
			.findQueue(EnumSet.of(HelpStatus.WAITING, HelpStatus.ESCALATED), HelpStatus.ANSWERING,
					now.minus(this.settings.offerTime(false)), now.minus(this.settings.offerTime(true)))
			.stream()
			.filter(request -> inScope.test(request.areaId()))
			.toList();
		Map<UUID, String> leaders = this.helpers
			.findAllById(lines.stream().map(HelpRequest::helperId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Helper::personId, Helper::displayName));
		return lines.stream()
			.map(request -> new QueueLine(request.id(), request.reference(), request.status(), request.urgent(),
					request.language(), request.online(), request.createdAt(),
					(request.helperId() == null) ? null : leaders.get(request.helperId())))
			.toList();
	}

	/**
	 * Leaders an administrator may give requests to: those of the areas they administer
	 * (and, for Org Administrators, those of no area).
	 */
	@Transactional(readOnly = true)
	List<Helper> helpersFor(Viewer viewer) {
		List<Helper> found;
		if (viewer.everywhere()) {
			found = this.helpers.findAll();
		}
		else {
			found = new ArrayList<>(this.helpers.findByAreaIdIn(administered(viewer)));
			if (viewer.orgAdmin()) {
				found.addAll(this.helpers.findByAreaIdIsNull());
			}
		}
		return found.stream().sorted(Comparator.comparing(Helper::displayName)).toList();
	}

	/** Whether the viewer administers the area of the request. */
	@Transactional(readOnly = true)
	boolean administersRequest(Viewer viewer, UUID id) {
		return this.requests.findById(id).filter(request -> areas(viewer).test(request.areaId())).isPresent();
	}

	/**
	 * The areas a viewer administers, read once: every area for a platform administrator;
	 * the units below theirs for the others; a request or Leader of no area for Org
	 * Administrators only.
	 */
	private Predicate<@Nullable UUID> areas(Viewer viewer) {
		if (viewer.everywhere()) {
			return area -> true;
		}
		Set<UUID> administered = administered(viewer);
		return area -> (area == null) ? viewer.orgAdmin() : administered.contains(area);
	}

	/** Every unit at or below the ones the viewer administers. */
	private Set<UUID> administered(Viewer viewer) {
		return this.directory.subtrees(viewer.administers())
			.stream()
			.map(unit -> unit.id().value())
			.collect(Collectors.toSet());
	}

	private boolean mayOpen(HelpRequest request, Viewer viewer, boolean offered) {
		return offered || viewer.id().equals(request.helperId())
				|| (viewer.administrator() && areas(viewer).test(request.areaId()));
	}

	private Optional<HelpOffer> pendingOffer(HelpRequest request, Viewer viewer) {
		return this.offers.findByRequestId(request.id())
			.stream()
			.filter(offer -> offer.pending() && offer.helperId().equals(viewer.id()))
			.findFirst();
	}

	private Optional<HelpRequest> answeredBy(UUID id, Viewer viewer) {
		return this.requests.lockById(id)
			.filter(request -> request.status() == HelpStatus.ANSWERING && viewer.id().equals(request.helperId()));
	}

	private List<CaseView.Note> notes(UUID request) {
		return this.notes.findByRequestIdOrderByCreatedAt(request)
			.stream()
			.map(note -> new CaseView.Note(note.author(), this.family.decrypt(HelpRequests.NOTE, note.bodySealed()),
					note.createdAt()))
			.toList();
	}

	private List<CaseView.Step> steps(UUID request) {
		return this.steps.findByRequestIdOrderBySeq(request)
			.stream()
			.map(step -> new CaseView.Step(step.kind(), step.actor(), step.detail(), step.at()))
			.toList();
	}

	private static InboxView.Line line(HelpRequest request, @Nullable HelpOffer offer) {
		return new InboxView.Line(request.id(), offer == null ? null : offer.getId(), request.reference(),
				request.urgent(), request.language(), request.online(), request.topics(), request.createdAt(),
				offer == null ? null : offer.dueAt());
	}

	/** A request in the administrators' queue, without the family's words. */
	record QueueLine(UUID id, String reference, HelpStatus status, boolean urgent, String language, boolean online,
			Instant sentAt, @Nullable String leader) {
	}

}
