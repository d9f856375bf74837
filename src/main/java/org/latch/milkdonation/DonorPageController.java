package org.latch.milkdonation;

import java.util.Locale;
import java.util.Map;
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

import org.latch.platform.FormErrors;
import org.latch.platform.PlatformSettings;
import org.latch.platform.PrivateLinks;
import org.latch.platform.ReadOnlyPage;

/**
 * A donor's private page, reached by its link alone: where they are with their bank, who
 * read their file, their pledge, where to take milk once approved and what they gave, and
 * deleting everything.
 */
@Controller
class DonorPageController {

	private static final String PAGE = MilkPaths.DONATE + "/d/{secret}";

	private final MilkDonors donors;

	private final PlatformSettings settings;

	DonorPageController(MilkDonors donors, PlatformSettings settings) {
		this.donors = donors;
		this.settings = settings;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String secret, @RequestParam(required = false) @Nullable String sent, Model model,
			Locale locale, HttpServletResponse response) {
		return show(secret, model, locale, response, sent != null, null, DonationForm.empty(), FormErrors.none());
	}

	@PostMapping(PAGE + "/pledge")
	String pledge(@PathVariable String secret, @RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String unit, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<MilkVolume> volume = MilkVolume.parse(amount, unit);
		if (volume.isEmpty()) {
			String page = show(secret, model, locale, response, false, "validation.milk.amount", DonationForm.empty(),
					FormErrors.none());
			unprocessable(response);
			return page;
		}
		if (!PrivateLinks.isSecret(secret) || !this.donors.pledge(secret, volume.get())) {
			return gone(response);
		}
		redirect.addFlashAttribute("flash", "milk.pledge.saved");
		return "redirect:" + MilkPaths.donor(secret) + "#pledge";
	}

	@PostMapping(PAGE + "/donations")
	String report(@PathVariable String secret, @RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String unit, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<UUID, String> places = PrivateLinks.isSecret(secret) ? this.donors.placesFor(secret) : Map.of();
		if (places.isEmpty()) {
			return gone(response);
		}
		DonationForm form = new DonationForm(place, date, amount, unit);
		FormErrors errors = FormErrors.none();
		Optional<DonationForm.Checked> checked = form.check(places.keySet(), errors);
		if (checked.isEmpty()) {
			String page = show(secret, model, locale, response, false, null, form, errors);
			unprocessable(response);
			return page;
		}
		if (!this.donors.report(secret, checked.get())) {
			return gone(response);
		}
		redirect.addFlashAttribute("flash", "milk.donation.reported");
		return "redirect:" + MilkPaths.donor(secret) + "#donations";
	}

	@PostMapping(PAGE + "/delete")
	String delete(@PathVariable String secret, HttpServletResponse response) {
		if (!PrivateLinks.isSecret(secret) || !this.donors.delete(secret)) {
			return gone(response);
		}
		return "redirect:" + MilkPaths.DONATE + "/deleted";
	}

	@GetMapping(MilkPaths.DONATE + "/deleted")
	@ReadOnlyPage
	String deleted() {
		return "milkdonation/deleted";
	}

	private String show(String secret, Model model, Locale locale, HttpServletResponse response, boolean sent,
			@Nullable String pledgeError, DonationForm donation, FormErrors errors) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Optional<DonorPage> page = PrivateLinks.isSecret(secret) ? this.donors.page(secret, locale) : Optional.empty();
		if (page.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("donor", page.get());
		model.addAttribute("secret", secret);
		model.addAttribute("link", this.settings.link(MilkPaths.donor(secret)));
		model.addAttribute("sent", sent);
		model.addAttribute("pledgeError", pledgeError);
		model.addAttribute("donation", donation);
		model.addAttribute("errors", errors);
		return "milkdonation/donor";
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "milkdonation/gone";
	}

	/** A form refused on a page that was found. */
	private static void unprocessable(HttpServletResponse response) {
		if (response.getStatus() != HttpStatus.NOT_FOUND.value()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

}
