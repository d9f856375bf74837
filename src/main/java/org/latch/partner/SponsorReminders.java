package org.latch.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, reminds the submitter of each approved WHO Code register entry whose
 * approval ends within {@code latch.partner.code.reminder-days} (30) that it ends and how
 * to renew it: once per expiry date (kept on the entry), so a rerun or a missed night
 * never sends twice and a renewed entry is reminded again before its new date. An entry
 * already sent again for renewal is not reminded. One transaction per entry.
 */
@Component
class SponsorReminders {

	private static final Logger log = LoggerFactory.getLogger(SponsorReminders.class);

	private final SponsorRepository sponsors;

	private final CodeMails mails;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int days;

	SponsorReminders(SponsorRepository sponsors, CodeMails mails, TransactionTemplate transactions, Clock clock,
			@Value("${latch.partner.code.reminder-days:30}") int days) {
		this.sponsors = sponsors;
		this.mails = mails;
		this.transactions = transactions;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${latch.partner.code.reminder-cron:0 50 5 * * *}")
	void nightly() {
		int sent = run(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		if (sent > 0) {
			log.info("WHO Code register: {} expiry reminders sent", sent);
		}
	}

	/** Sends the reminders due on {@code today}; how many. */
	int run(LocalDate today) {
		List<UUID> due = this.sponsors
			.findByStatusAndExpiresOnBetween(SponsorStatus.APPROVED, today.plusDays(1), today.plusDays(this.days))
			.stream()
			.map(Sponsor::id)
			.toList();
		int sent = 0;
		for (UUID id : due) {
			try {
				Boolean reminded = this.transactions.execute(status -> this.sponsors.findById(id)
					.filter(sponsor -> sponsor.remindNow(today, this.days))
					.map(sponsor -> {
						this.mails.expiryReminder(sponsor);
						return true;
					})
					.orElse(false));
				sent += Boolean.TRUE.equals(reminded) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				log.debug("Sponsor {} changed meanwhile; left to the next run", id);
			}
		}
		return sent;
	}

}
