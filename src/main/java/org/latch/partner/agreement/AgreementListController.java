package org.latch.partner.agreement;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;

/**
 * Every partner's agreement for the reviewers, grouped by what waits for whom:
 * countersignature, the partner's signature, renewal, then lapsed and in force. Everyone
 * else gets 403.
 */
@Controller
class AgreementListController {

	private final AgreementPages pages;

	private final AccountManagement accounts;

	private final Clock clock;

	AgreementListController(AgreementPages pages, AccountManagement accounts, Clock clock) {
		this.pages = pages;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(AgreementPaths.LIST)
	String list(Authentication auth, Model model) {
		if (!Viewer.of(auth, this.accounts).reviewer()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		List<AgreementRow> rows = this.pages.all(this.clock.instant());
		model.addAttribute("rows", rows);
		return "partner/agreement/agreements";
	}

}
