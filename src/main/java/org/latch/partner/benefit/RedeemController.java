package org.latch.partner.benefit;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.AccountManagement;
import org.latch.platform.AddressThrottle;
import org.latch.platform.FormErrors;

/**
 * The staff's redeem desk: a code typed in shows which partner and benefit it is, then is
 * marked redeemed with who and when, once. Unknown codes count against the address
 * ({@code latch.partner.benefits.wrong-codes-per-hour}); once spent, no code is looked up
 * until the hour refills, so codes cannot be guessed.
 */
@Controller
class RedeemController {

	private final BenefitCodes codes;

	private final AccountManagement accounts;

	private final AddressThrottle wrongCodes;

	private final Clock clock;

	RedeemController(BenefitCodes codes, AccountManagement accounts,
			@Value("${latch.partner.benefits.wrong-codes-per-hour:10}") int wrongCodesPerHour, Clock clock) {
		this.codes = codes;
		this.accounts = accounts;
		this.wrongCodes = new AddressThrottle(wrongCodesPerHour);
		this.clock = clock;
	}

	@GetMapping(LedgerPaths.REDEEM)
	String find(@RequestParam(required = false) @Nullable String code, Authentication auth, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LedgerReader.staff(auth, this.accounts);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (code == null) {
			return show(model, "", null, FormErrors.none(), null);
		}
		if (this.wrongCodes.spent(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return show(model, code, null, FormErrors.none(), "benefits.redeem.throttled");
		}
		Optional<CodeView> found = Codes.read(code).flatMap(this.codes::find);
		if (found.isEmpty()) {
			this.wrongCodes.allow(request.getRemoteAddr());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String key = Codes.read(code).isEmpty() ? "validation.benefits.code" : "validation.benefits.code-unknown";
			return show(model, code, null, FormErrors.none().reject("code", key), null);
		}
		return show(model, found.get().code(), found.get(), FormErrors.none(), null);
	}

	@PostMapping(LedgerPaths.REDEEM)
	String redeem(@RequestParam(required = false) @Nullable String code, Authentication auth,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UUID staff = LedgerReader.staff(auth, this.accounts);
		Optional<String> typed = Codes.read(code);
		if (this.wrongCodes.spent(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return show(model, String.valueOf(code), null, FormErrors.none(), "benefits.redeem.throttled");
		}
		BenefitCodes.Redemption outcome = typed.map(c -> this.codes.redeem(c, staff, this.clock.instant()))
			.orElse(BenefitCodes.Redemption.UNKNOWN);
		if (outcome == BenefitCodes.Redemption.REDEEMED) {
			redirect.addFlashAttribute("flash", "benefits.redeem.done");
			return "redirect:" + LedgerPaths.REDEEM + "?code=" + typed.orElseThrow();
		}
		if (outcome == BenefitCodes.Redemption.UNKNOWN) {
			this.wrongCodes.allow(request.getRemoteAddr());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, String.valueOf(code), null,
					FormErrors.none().reject("code", "validation.benefits.code-unknown"), null);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		CodeView found = typed.flatMap(this.codes::find).orElseThrow();
		return show(model, found.code(), found, FormErrors.none(), "benefits.redeem.refused." + outcome.name());
	}

	private static String show(Model model, String code, @Nullable CodeView found, FormErrors errors,
			@Nullable String problem) {
		model.addAttribute("code", code);
		model.addAttribute("found", found);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return "partner/benefit/redeem";
	}

}
