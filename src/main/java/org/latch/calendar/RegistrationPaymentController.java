package org.latch.calendar;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pay button of the private registration page: the private link is checked here, then
 * the module that takes money ({@link RegistrationActions}) checks again that the place
 * is confirmed and its fee unpaid, and says where to pay. Nothing to pay is a 409, an
 * unreachable payment service a 502, both on the private page with a sentence.
 */
@Controller
class RegistrationPaymentController {

	private final Campaigns campaigns;

	private final RegistrationPages pages;

	private final ObjectProvider<RegistrationActions> actions;

	RegistrationPaymentController(Campaigns campaigns, RegistrationPages pages,
			ObjectProvider<RegistrationActions> actions) {
		this.campaigns = campaigns;
		this.pages = pages;
		this.actions = actions;
	}

	@PostMapping("/campaigns/registrations/{secret}/pay")
	String pay(@PathVariable String secret, HttpServletResponse response, Model model, Locale locale) {
		Registrant registrant = this.campaigns.registrantBySecret(secret)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RegistrationActions source = this.actions.getIfAvailable();
		FeeCheckout checkout = (source == null) ? FeeCheckout.nothingOwed()
				: source.checkout(registrant, secret, locale);
		if (checkout.outcome() == FeeCheckout.Outcome.REDIRECT && checkout.url() != null) {
			return "redirect:" + checkout.url();
		}
		boolean unavailable = checkout.outcome() == FeeCheckout.Outcome.UNAVAILABLE;
		response.setStatus(unavailable ? HttpStatus.BAD_GATEWAY.value() : HttpStatus.CONFLICT.value());
		model.addAttribute("registration", this.pages.registration(secret, locale).orElseThrow());
		model.addAttribute("secret", secret);
		model.addAttribute("problem", unavailable ? "registration.pay.unavailable" : "registration.pay.nothing-owed");
		return "calendar/registration";
	}

}
