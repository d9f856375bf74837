package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.PrivateLinks;

/**
 * Registering for a published campaign (no account needed) until its day is over, and the
 * registrant's private page, where they see their place or their turn on the waitlist and
 * cancel.
 */
@Controller
class RegistrationController {

	/** Tries when the site's row stays locked by other registrations too long. */
	private static final int ATTEMPTS = 3;

	private final CampaignRepository campaigns;

	private final Registrations registrations;

	private final RegistrationChecks checks;

	private final RegistrationPages pages;

	private final Clock clock;

	RegistrationController(CampaignRepository campaigns, Registrations registrations, RegistrationChecks checks,
			RegistrationPages pages, Clock clock) {
		this.campaigns = campaigns;
		this.registrations = registrations;
		this.checks = checks;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/campaigns/{id}/register")
	String form(@PathVariable UUID id, @RequestParam(required = false) @Nullable String site, Model model,
			Locale locale) {
		Campaign campaign = open(id);
		String chosen = (site != null) ? site : (campaign.virtualOption() ? RegistrationForm.VIRTUAL : "");
		return show(model, campaign,
				RegistrationForm.empty(PrivateLinks.newSecret(), chosen, Language.of(locale).tag()), FormErrors.none(),
				locale);
	}

	@PostMapping("/campaigns/{id}/register")
	String register(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		Campaign campaign = open(id);
		RegistrationForm form = RegistrationForm.from(request.getParameterMap());
		if (!PrivateLinks.isSecret(form.secret())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		FormErrors errors = FormErrors.none();
		Optional<RegistrationChecks.Checked> checked = Optional.empty();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			errors = FormErrors.none();
			checked = this.checks.check(campaign, form, errors);
			if (checked.isEmpty() || this.registrations.bySecret(form.secret()).isPresent()) {
				break;
			}
			try {
				this.registrations.register(id, checked.get().site(), checked.get().team(), checked.get().entrant(),
						form.secret());
				break;
			}
			catch (PessimisticLockingFailureException | DataIntegrityViolationException ex) {
				// Another form took the lock, the team name or this very secret
				// meanwhile:
				// checking again says which, and the next attempt registers or explains.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
		if (checked.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, campaign, form, errors, locale);
		}
		return "redirect:" + CampaignPaths.registration(form.secret()) + "?sent=1";
	}

	@GetMapping("/campaigns/registrations/{secret}")
	String registration(@PathVariable String secret, Model model, Locale locale) {
		model.addAttribute("registration", this.pages.registration(secret, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("secret", secret);
		return "calendar/registration";
	}

	@PostMapping("/campaigns/registrations/{secret}/cancel")
	String cancel(@PathVariable String secret) {
		if (!PrivateLinks.isSecret(secret) || this.registrations.bySecret(secret).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		for (int attempt = 1;; attempt++) {
			try {
				this.registrations.cancel(secret);
				return "redirect:" + CampaignPaths.registration(secret) + "?cancelled=1";
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * A published campaign whose day is not over; 404 for others, 410 once it is past.
	 */
	private Campaign open(UUID id) {
		Campaign campaign = this.campaigns.findById(id)
			.filter(Campaign::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (campaign.day().isBefore(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)))) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		return campaign;
	}

	private String show(Model model, Campaign campaign, RegistrationForm form, FormErrors errors, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choices", this.pages.choices(campaign, locale));
		model.addAttribute("languages", Language.all());
		return "calendar/register";
	}

}
