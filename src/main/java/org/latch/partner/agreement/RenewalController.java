package org.latch.partner.agreement;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.partner.PartnerId;
import org.latch.platform.FormErrors;

/**
 * The yearly renewal, for the partner's signatory once it is due: the International Code
 * shown again and attested afresh, which issues next year's agreement to sign. Before it
 * is due (or for anyone else) the page leads back to the agreements.
 */
@Controller
class RenewalController {

	private final AgreementManagement management;

	private final AgreementPages pages;

	private final AccountManagement accounts;

	private final Clock clock;

	RenewalController(AgreementManagement management, AgreementPages pages, AccountManagement accounts, Clock clock) {
		this.management = management;
		this.pages = pages;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(AgreementPaths.LIST + "/{partner}/renewal")
	String form(@PathVariable UUID partner, Authentication auth, Model model) {
		AgreementPage page = due(partner, Viewer.of(auth, this.accounts));
		if (!page.actions().renew()) {
			return "redirect:" + AgreementPaths.partner(partner);
		}
		return show(model, page, FormErrors.none());
	}

	@PostMapping(AgreementPaths.LIST + "/{partner}/renewal")
	String renew(@PathVariable UUID partner, @RequestParam(required = false) @Nullable String attest,
			Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(auth, this.accounts);
		AgreementPage page = due(partner, viewer);
		AgreementOutcome outcome = this.management.renewed(new PartnerId(partner), viewer.id(), "true".equals(attest),
				this.clock.instant());
		switch (outcome) {
			case DONE -> {
				redirect.addFlashAttribute("flash", "agreement.done.renew");
				return "redirect:" + AgreementPaths.partner(partner);
			}
			case ATTESTATION_NEEDED -> {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return show(model, page, FormErrors.none().reject("attest", "validation.agreement.attest"));
			}
			case NOT_NOW -> throw new ResponseStatusException(HttpStatus.CONFLICT);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String show(Model model, AgreementPage page, FormErrors errors) {
		model.addAttribute("agreements", page);
		model.addAttribute("errors", errors);
		return "partner/agreement/renewal";
	}

	/** The partner's agreements, for its signatory only. */
	private AgreementPage due(UUID partner, Viewer viewer) {
		return this.pages.page(partner, viewer, this.clock.instant())
			.filter(page -> page.actions().signatory())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
