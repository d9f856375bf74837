package org.latch.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of one person, on every application node (sessions live in the
 * database).
 */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	int endAll(String email) {
		var found = this.sessions.findByPrincipalName(email).keySet();
		found.forEach(this.sessions::deleteById);
		return found.size();
	}

}
