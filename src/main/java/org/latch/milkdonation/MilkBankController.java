package org.latch.milkdonation;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.FormErrors;

/**
 * The milk bank's desk for its staff: the queue of donors by stage, each donor's file
 * (every opening recorded), the screening steps, donations and a new private link. Anyone
 * who is not staff gets 403; another bank's donor is 404.
 */
@Controller
class MilkBankController {

	private static final String FILE = MilkPaths.BANK + "/donors/{id}";

	private final MilkBankStaffing staffing;

	private final MilkBankDesk desk;

	private final DonorSteps steps;

	MilkBankController(MilkBankStaffing staffing, MilkBankDesk desk, DonorSteps steps) {
		this.staffing = staffing;
		this.desk = desk;
		this.steps = steps;
	}

	@GetMapping(MilkPaths.BANK)
	String queue(@RequestParam(required = false) @Nullable String stage, Principal principal, Model model) {
		Staffer staffer = staffer(principal);
		Stage shown = (stage == null) ? Stage.CALL : DonorChecks.choice(Stage.class, stage);
		if (shown == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("staffer", staffer);
		model.addAttribute("queue", this.desk.queue(staffer, shown));
		model.addAttribute("stages", Stage.values());
		return "milkdonation/bank-queue";
	}

	@GetMapping(FILE)
	String file(@PathVariable UUID id, Principal principal, Model model, Locale locale, HttpServletResponse response) {
		return show(staffer(principal), id, model, locale, response, StepRequest.empty(), DonationForm.empty(),
				FormErrors.none(), null);
	}

	@PostMapping(FILE + "/steps")
	String step(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String result,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, Principal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Staffer staffer = staffer(principal);
		StepRequest request = new StepRequest(kind, result, reason, note);
		FormErrors errors = FormErrors.none();
		DonorSteps.Result taken = this.steps.take(staffer, id, request, errors);
		switch (taken.taken()) {
			case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case INVALID, REFUSED -> {
				response.setStatus(taken.taken() == DonorSteps.Taken.REFUSED ? HttpStatus.CONFLICT.value()
						: HttpStatus.UNPROCESSABLE_CONTENT.value());
				return show(staffer, id, model, locale, response, request, DonationForm.empty(), errors,
						taken.refusal() == null ? null : taken.refusal().key());
			}
			case DONE -> redirect.addFlashAttribute("flash", "milk.step.recorded");
		}
		return "redirect:" + MilkPaths.file(id);
	}

	@PostMapping(FILE + "/donations")
	String donation(@PathVariable UUID id, @RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String unit, Principal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Staffer staffer = staffer(principal);
		DonationForm form = new DonationForm(place, date, amount, unit);
		FormErrors errors = FormErrors.none();
		Optional<DonationForm.Checked> checked = form.check(this.desk.placesOf(staffer).keySet(), errors);
		if (checked.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(staffer, id, model, locale, response, StepRequest.empty(), form, errors, null);
		}
		if (!this.steps.logDonation(staffer, id, checked.get())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "milk.donation.logged");
		return "redirect:" + MilkPaths.file(id) + "#donations";
	}

	@PostMapping(FILE + "/donations/{donation}/confirm")
	String confirm(@PathVariable UUID id, @PathVariable UUID donation, Principal principal,
			RedirectAttributes redirect) {
		if (!this.steps.confirm(staffer(principal), id, donation)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "milk.donation.confirmed");
		return "redirect:" + MilkPaths.file(id) + "#donations";
	}

	@PostMapping(FILE + "/new-link")
	String newLink(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		if (!this.steps.newLink(staffer(principal), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "milk.new-link.sent");
		return "redirect:" + MilkPaths.file(id);
	}

	private String show(Staffer staffer, UUID id, Model model, Locale locale, HttpServletResponse response,
			StepRequest step, DonationForm donation, FormErrors errors, @Nullable String refusal) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		DonorFile file = this.desk.open(staffer, id, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("staffer", staffer);
		model.addAttribute("file", file);
		model.addAttribute("step", step);
		model.addAttribute("donation", donation);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("reasons", IneligibleReason.values());
		return "milkdonation/bank-donor";
	}

	private Staffer staffer(Principal principal) {
		return this.staffing.staffer(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
