package org.latch.partner.benefit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.latch.platform.ReadOnlyPage;

/** The public list of partners' events and news the program approved to promote. */
@Controller
class PartnerNewsController {

	private final PartnerLedger ledger;

	PartnerNewsController(PartnerLedger ledger) {
		this.ledger = ledger;
	}

	@ReadOnlyPage
	@GetMapping(LedgerPaths.NEWS)
	String news(Model model) {
		model.addAttribute("items", this.ledger.news());
		return "partner/benefit/news";
	}

}
