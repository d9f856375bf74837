package org.latch.partner.benefit;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.AccountManagement;
import org.latch.platform.FormErrors;

/**
 * A partner's ledger: its signatory asks for promotions and offers obligations; the staff
 * decide requests and set the obligations' status. A form with a wrong field comes back
 * with the message next to it (422) and nothing saved; a request decided meanwhile is a
 * 409.
 */
@Controller
class LedgerController {

	private final PartnerLedger ledger;

	private final AccountManagement accounts;

	LedgerController(PartnerLedger ledger, AccountManagement accounts) {
		this.ledger = ledger;
		this.accounts = accounts;
	}

	@GetMapping(LedgerPaths.DESK + "/{partner}")
	String page(@PathVariable UUID partner, Authentication auth, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return show(model, reader(partner, auth), locale, FormErrors.none(), PromotionForm.empty(),
				ObligationForm.empty(), null);
	}

	@PostMapping(LedgerPaths.DESK + "/{partner}/promotions")
	String promote(@PathVariable UUID partner, @ModelAttribute PromotionForm form, Authentication auth, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		LedgerReader reader = reader(partner, auth).requireSignatory();
		FormErrors errors = LedgerChecks.promotion(form, this.ledger.today());
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, reader, locale, errors, form.checked(), ObligationForm.empty(), null);
		}
		if (this.ledger.requestPromotion(reader.partner(), reader.account(), form).isEmpty()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(model, reader, locale, FormErrors.none(), form.checked(), ObligationForm.empty(),
					"benefits.problem.not-in-force");
		}
		return done(redirect, partner, "benefits.done.promotion");
	}

	@PostMapping(LedgerPaths.DESK + "/{partner}/promotions/{promotion}/{action:approve|decline}")
	String decide(@PathVariable UUID partner, @PathVariable UUID promotion, @PathVariable String action,
			jakarta.servlet.http.HttpServletRequest request, Authentication auth, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		LedgerReader reader = reader(partner, auth).requireStaff();
		// each request's decline form names its own field, so its message shows beside it
		String reason = request.getParameter("reason-" + promotion);
		boolean approve = action.equals("approve");
		if (!approve) {
			FormErrors errors = LedgerChecks.reason(reason);
			if (errors.any()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return show(model, reader, locale,
						FormErrors.none().reject("reason-" + promotion, "validation.benefits.reason"),
						PromotionForm.empty(), ObligationForm.empty(), null);
			}
		}
		if (!this.ledger.decide(reader.partner(), promotion, reader.account(), approve, reason)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(model, reader, locale, FormErrors.none(), PromotionForm.empty(), ObligationForm.empty(),
					"benefits.problem.decided");
		}
		return done(redirect, partner, "benefits.done." + action);
	}

	@PostMapping(LedgerPaths.DESK + "/{partner}/obligations")
	String offer(@PathVariable UUID partner, @ModelAttribute ObligationForm form, Authentication auth, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		LedgerReader reader = reader(partner, auth).requireSignatory();
		FormErrors errors = LedgerChecks.obligation(form);
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, reader, locale, errors, PromotionForm.empty(), form.checked(), null);
		}
		this.ledger.offer(reader.partner(), reader.account(), form);
		return done(redirect, partner, "benefits.done.offer");
	}

	@PostMapping(LedgerPaths.DESK + "/{partner}/obligations/{obligation}")
	String status(@PathVariable UUID partner, @PathVariable UUID obligation,
			@RequestParam(required = false) @Nullable String status, Authentication auth, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		LedgerReader reader = reader(partner, auth).requireStaff();
		Obligation.Status chosen = java.util.Arrays.stream(Obligation.Status.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, reader, locale,
					FormErrors.none().reject("status-" + obligation, "validation.benefits.status"),
					PromotionForm.empty(), ObligationForm.empty(), null);
		}
		if (!this.ledger.status(reader.partner(), obligation, chosen, reader.account())) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return show(model, reader, locale, FormErrors.none(), PromotionForm.empty(), ObligationForm.empty(),
					"benefits.problem.no-obligation");
		}
		return done(redirect, partner, "benefits.done.status");
	}

	/** Someone else changed the request or obligation between reading and saving. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	private LedgerReader reader(UUID partner, Authentication auth) {
		return LedgerReader.of(partner, auth, this.accounts, this.ledger);
	}

	private static String done(RedirectAttributes redirect, UUID partner, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + LedgerPaths.ledger(partner);
	}

	private String show(Model model, LedgerReader reader, Locale locale, FormErrors errors, PromotionForm promotion,
			ObligationForm obligation, @Nullable String problem) {
		model.addAttribute("ledger", this.ledger.page(reader.partner(), reader.signatory(), reader.staff(), locale));
		model.addAttribute("errors", errors);
		model.addAttribute("promotion", promotion);
		model.addAttribute("obligation", obligation);
		model.addAttribute("problem", problem);
		return "partner/benefit/ledger";
	}

}
