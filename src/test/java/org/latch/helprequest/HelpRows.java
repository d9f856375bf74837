package org.latch.helprequest;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/** What routing tests read from the database: offers, requests and people by name. */
record HelpRows(JdbcTemplate jdbc) {

	/** The pending offer of the request to the Leader, once routing has made it. */
	UUID awaitOfferTo(String leader, String reference) {
		await().atMost(Duration.ofSeconds(10)).until(() -> offersTo(leader, reference) > 0);
		return this.jdbc.queryForObject("""
				select o.id from help_offer o join help_request r on r.id = o.request_id
				where r.reference = ? and o.helper_id = ? and o.answer = 'PENDING'
				""", UUID.class, reference, personId(leader));
	}

	/** How many offers of the request the Leader has had, in any state. */
	long offersTo(String leader, String reference) {
		return this.jdbc.queryForObject("""
				select count(*) from help_offer o join help_request r on r.id = o.request_id
				where r.reference = ? and o.helper_id = ?
				""", Long.class, reference, personId(leader));
	}

	UUID requestId(String reference) {
		return this.jdbc.queryForObject("select id from help_request where reference = ?", UUID.class, reference);
	}

	UUID personId(String email) {
		return this.jdbc.queryForObject("select id from account where email = ?", UUID.class, email);
	}

}
