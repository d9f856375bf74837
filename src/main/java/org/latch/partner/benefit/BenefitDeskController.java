package org.latch.partner.benefit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.AccountManagement;
import org.latch.platform.FormErrors;

/**
 * The staff's desk for partner benefits: the partners in force with their ledgers, the
 * way to the redeem page, and the leadership meetings, where a new one is scheduled and
 * every partner in force invited.
 */
@Controller
class BenefitDeskController {

	/** Every time zone the JDK knows, for the meeting form's choice. */
	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private final LeadershipMeetings meetings;

	private final AccountManagement accounts;

	private final Clock clock;

	BenefitDeskController(LeadershipMeetings meetings, AccountManagement accounts, Clock clock) {
		this.meetings = meetings;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(LedgerPaths.DESK)
	String desk(Authentication auth, Model model) {
		LedgerReader.staff(auth, this.accounts);
		return show(model, MeetingForm.empty(), FormErrors.none());
	}

	@PostMapping(LedgerPaths.MEETINGS)
	String schedule(@ModelAttribute MeetingForm form, Authentication auth, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		java.util.UUID staff = LedgerReader.staff(auth, this.accounts);
		FormErrors errors = LedgerChecks.meeting(form, this.clock.instant());
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, form.checked(), errors);
		}
		this.meetings.schedule(form, staff);
		redirect.addFlashAttribute("flash", "benefits.done.meeting");
		return "redirect:" + LedgerPaths.DESK;
	}

	private String show(Model model, MeetingForm form, FormErrors errors) {
		model.addAttribute("partners", this.meetings.partnersInForce());
		model.addAttribute("meetings", this.meetings.all());
		model.addAttribute("form", form);
		model.addAttribute("zones", ZONES);
		model.addAttribute("errors", errors);
		return "partner/benefit/desk";
	}

}
