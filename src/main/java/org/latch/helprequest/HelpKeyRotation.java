package org.latch.helprequest;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.platform.FieldCipher;

/**
 * Seals again, with the current key, every request, message and Leader's note sealed with
 * an older one, a batch per transaction, so that an old key can be removed from the ring
 * once this has run (it runs a minute after start and every hour).
 */
@Component
class HelpKeyRotation {

	private static final Logger log = LoggerFactory.getLogger(HelpKeyRotation.class);

	private static final int BATCH = 200;

	private final HelpRequestRepository requests;

	private final HelpMessageRepository messages;

	private final HelpNoteRepository notes;

	private final FieldCipher cipher;

	private final TransactionTemplate transactions;

	HelpKeyRotation(HelpRequestRepository requests, HelpMessageRepository messages, HelpNoteRepository notes,
			FieldCipher cipher, TransactionTemplate transactions) {
		this.notes = notes;
		this.requests = requests;
		this.messages = messages;
		this.cipher = cipher;
		this.transactions = transactions;
	}

	/** Seals everything with the current key; how many rows it sealed again. */
	@Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	int rotate() {
		String current = this.cipher.currentKeyId() + ":%";
		int total = 0;
		while (true) {
			Integer done = this.transactions.execute(status -> {
				List<HelpRequest> stale = this.requests.findByNameSealedNotLike(current, Limit.of(BATCH));
				for (HelpRequest request : stale) {
					request.seal(request.sealed().map(this::reseal));
				}
				List<HelpMessage> old = this.messages.findByBodySealedNotLike(current, Limit.of(BATCH));
				for (HelpMessage message : old) {
					message.reseal(reseal(HelpRequests.MESSAGE, message.bodySealed()));
				}
				List<HelpNote> notes = this.notes.findByBodySealedNotLike(current, Limit.of(BATCH));
				for (HelpNote note : notes) {
					note.reseal(reseal(HelpRequests.NOTE, note.bodySealed()));
				}
				return stale.size() + old.size() + notes.size();
			});
			if (done == null || done == 0) {
				break;
			}
			total += done;
		}
		if (total > 0) {
			log.info("Sealed {} help requests and messages again with key {}", total, this.cipher.currentKeyId());
		}
		return total;
	}

	private String reseal(String field, String sealed) {
		return java.util.Objects.requireNonNull(this.cipher.encrypt(field, this.cipher.decrypt(field, sealed)));
	}

}
