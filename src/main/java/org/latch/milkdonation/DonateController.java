package org.latch.milkdonation;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.latch.directory.MilkPlaceKind;
import org.latch.directory.MilkPlaceView;
import org.latch.directory.MilkPlaces;
import org.latch.platform.AddressThrottle;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.PrivateLinks;

/**
 * The public milk donation page: why and how donated milk helps, and the interest form,
 * no account needed. A form whose answers mean no milk can be given now is answered with
 * kind words and other ways to help, and nothing is stored; a good one reaches the
 * nearest milk bank.
 */
@Controller
class DonateController {

	private final DonorChecks checks;

	private final MilkDonors donors;

	private final MilkPlaces places;

	private final MilkSettings settings;

	private final AddressThrottle throttle;

	DonateController(DonorChecks checks, MilkDonors donors, MilkPlaces places, MilkSettings settings) {
		this.checks = checks;
		this.donors = donors;
		this.places = places;
		this.settings = settings;
		this.throttle = new AddressThrottle(settings.formsPerHour());
	}

	@GetMapping(MilkPaths.DONATE)
	String form(@RequestParam(required = false) @Nullable String campaign, Model model, Locale locale) {
		if (!DonorChecks.isCampaign(campaign)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return show(model, DonorForm.empty(PrivateLinks.newSecret(), campaign, Language.of(locale).tag()),
				FormErrors.none());
	}

	@PostMapping(MilkPaths.DONATE)
	String send(HttpServletRequest request, HttpServletResponse response, Model model) {
		DonorForm form = DonorForm.from(request.getParameterMap());
		if (!PrivateLinks.isSecret(form.secret()) || !DonorChecks.isCampaign(form.campaign())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		FormErrors errors = FormErrors.none();
		Optional<Interest> checked = this.checks.check(form, errors);
		if (checked.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, form, errors);
		}
		Interest interest = checked.get();
		Screening screening = interest.screening();
		if (screening.outcome() == Screening.Outcome.NOT_NOW) {
			model.addAttribute("reasons", screening.screenedOutBy());
			return "milkdonation/not-now";
		}
		Optional<MilkPlaceView> bank = this.places.near(interest.point(), this.settings.reachKm())
			.stream()
			.filter(place -> place.kind() == MilkPlaceKind.MILK_BANK)
			.findFirst();
		if (bank.isEmpty()) {
			return "milkdonation/no-bank";
		}
		if (!this.donors.exists(form.secret()) && !this.throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", true);
			return show(model, form, errors);
		}
		try {
			this.donors.submit(interest, bank.get().id().value());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the other one was stored.
			if (!this.donors.exists(form.secret())) {
				throw ex;
			}
		}
		return "redirect:" + MilkPaths.donor(form.secret()) + "?sent=1";
	}

	private String show(Model model, DonorForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keepMonths", this.settings.keepMonths());
		model.addAttribute("languages", Language.all());
		model.addAttribute("limited", model.containsAttribute("limited"));
		return "milkdonation/donate";
	}

}
