package org.latch.helprequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.notification.NotificationManagement;
import org.latch.platform.FieldCipher;
import org.latch.platform.PrivateLinks;

/**
 * Help requests as the family sees them: sent once however often the form is submitted,
 * read and answered at a private link, and deleted for good when the family asks, leaving
 * only the anonymous count.
 */
@Service
class HelpRequests {

	static final String NAME = "name";

	static final String CONTACT = "contact";

	static final String BABY = "baby";

	static final String QUESTION = "question";

	static final String MESSAGE = "message";

	static final String NOTE = "note";

	private final HelpRequestRepository requests;

	private final HelpMessageRepository messages;

	private final HelpReadRepository reads;

	private final HelpCountRepository counts;

	private final FieldCipher cipher;

	private final NotificationManagement notifications;

	private final HelpMails mails;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final HelpStepRepository steps;

	private final HelperLoads loads;

	HelpRequests(HelpRequestRepository requests, HelpMessageRepository messages, HelpReadRepository reads,
			HelpCountRepository counts, FieldCipher cipher, NotificationManagement notifications, HelpMails mails,
			Clock clock, ApplicationEventPublisher events, HelpStepRepository steps, HelperLoads loads) {
		this.loads = loads;
		this.events = events;
		this.steps = steps;
		this.requests = requests;
		this.messages = messages;
		this.reads = reads;
		this.counts = counts;
		this.cipher = cipher;
		this.notifications = notifications;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Stores the request, counts it, emails the family its link and publishes
	 * {@link HelpRequestSubmitted} (stored with it, so routing happens even after a
	 * crash), all in one transaction; a request already sent with the same secret is
	 * returned as it is.
	 */
	@Transactional
	String submit(Submission submission) {
		String hash = hash(submission.secret());
		Optional<HelpRequest> sent = this.requests.findBySecretHash(hash);
		if (sent.isPresent()) {
			return sent.get().reference();
		}
		Instant now = this.clock.instant();
		HelpRequest.Sealed open = new HelpRequest.Sealed(submission.name(), submission.contact(),
				submission.baby().name(), submission.question());
		HelpRequest request = new HelpRequest(newReference(), hash, submission, open.map(this::encrypt), now);
		this.requests.saveAndFlush(request);
		this.counts
			.save(new HelpCount(LocalDate.ofInstant(now, ZoneOffset.UTC), submission.language(), request.urgent(),
					request.online(), String.join(",", request.topics().stream().map(Enum::name).toList())));
		if (submission.contactMethod() == ContactMethod.EMAIL && submission.contact() != null) {
			this.notifications.send(this.mails.received(submission.contact(), submission.language(),
					request.reference(), submission.secret()));
		}
		this.events.publishEvent(new HelpRequestSubmitted(request.id()));
		return request.reference();
	}

	/** Whether a request was sent with this secret; nothing is opened. */
	@Transactional(readOnly = true)
	boolean exists(String secret) {
		return this.requests.existsBySecretHash(hash(secret));
	}

	/** The request behind a private link, opened, with its messages and who read it. */
	@Transactional(readOnly = true)
	Optional<Conversation> conversation(String secret) {
		return this.requests.findBySecretHash(hash(secret)).map(this::open);
	}

	/** Adds the family's message; false when the link leads nowhere. */
	@Transactional
	boolean addMessage(String secret, String body) {
		Optional<HelpRequest> request = this.requests.findBySecretHash(hash(secret));
		request.ifPresent(found -> write(found, HelpMessage.Author.FAMILY, body, this.clock.instant()));
		return request.isPresent();
	}

	/**
	 * The family's thanks, recorded as a step; false when the link leads nowhere, nobody
	 * answered yet, or the family already thanked.
	 */
	@Transactional
	boolean thank(String secret, int rating) {
		Optional<HelpRequest> request = this.requests.findBySecretHash(hash(secret));
		Instant now = this.clock.instant();
		boolean thanked = request.isPresent() && request.get().thank(rating, now);
		if (thanked) {
			this.steps.save(new HelpStep(request.get().id(), now, HelpStep.Kind.THANKED, HelpStep.FAMILY,
					String.valueOf(rating)));
		}
		return thanked;
	}

	/**
	 * Deletes the request at once, and with it (the schema cascades) its messages and
	 * reads; the anonymous count stays. False when the link leads nowhere.
	 */
	@Transactional
	boolean delete(String secret) {
		Optional<HelpRequest> request = this.requests.findBySecretHash(hash(secret))
			.flatMap(found -> this.requests.lockById(found.id()));
		request.ifPresent(found -> {
			this.requests.delete(found);
			if (found.helperId() != null) {
				this.loads.recount(List.of(found.helperId()), this.clock.instant());
			}
		});
		return request.isPresent();
	}

	/** The request's messages, opened, oldest first. */
	List<Conversation.Message> thread(UUID requestId) {
		return this.messages.findByRequestIdOrderByCreatedAt(requestId)
			.stream()
			.map(message -> new Conversation.Message(message.author(), decrypt(MESSAGE, message.bodySealed()),
					message.createdAt()))
			.toList();
	}

	/** Adds a message to the thread, sealed. */
	void write(HelpRequest request, HelpMessage.Author author, String body, Instant now) {
		this.messages.save(new HelpMessage(request.id(), author, encrypt(MESSAGE, body), now));
		request.touched(now);
	}

	private Conversation open(HelpRequest request) {
		HelpRequest.Sealed sealed = request.sealed().map(this::decrypt);
		List<Conversation.Message> thread = thread(request.id());
		List<Conversation.Read> readers = this.reads.findByRequestIdOrderByReadAt(request.id())
			.stream()
			.map(read -> new Conversation.Read(read.reader(), read.role(), read.readAt()))
			.toList();
		return new Conversation(request.reference(), request.status(), request.urgent(), sealed.name(),
				request.contactMethod(), BabyAge.valueOf(sealed.baby()), request.topics(), sealed.question(),
				request.createdAt(), thread, readers, request.answeredAt() != null, request.rating());
	}

	String encrypt(String field, String plain) {
		return Objects.requireNonNull(this.cipher.encrypt(field, plain));
	}

	String decrypt(String field, String sealed) {
		return Objects.requireNonNull(this.cipher.decrypt(field, sealed));
	}

	private String newReference() {
		while (true) {
			String reference = PrivateLinks.newReference("H");
			if (!this.requests.existsByReference(reference)) {
				return reference;
			}
		}
	}

	static String hash(String secret) {
		return PrivateLinks.hash(secret);
	}

	/** A new private link secret: 128 random bits. */
	static String newSecret() {
		return PrivateLinks.newSecret();
	}

	static boolean isSecret(@Nullable String secret) {
		return PrivateLinks.isSecret(secret);
	}

}
