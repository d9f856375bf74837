package org.latch.helprequest;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.directory.UnitView;
import org.latch.platform.FormErrors;
import org.latch.platform.VisitorZone;

/**
 * A Leader's contact log at {@code /leader/contacts}: date, channel and topics in three
 * taps, a meeting held with its attendees, and the latest entries with an undo button.
 * Only Leaders of a group may use it.
 */
@Controller
class ContactController {

	static final String PATH = "/leader/contacts";

	/** The cookie {@code /js/time-zone.js} sets from the browser's time zone. */

	private final ContactLog log;

	private final ContactChecks checks;

	private final LeaderUnits units;

	private final AccountManagement accounts;

	ContactController(ContactLog log, ContactChecks checks, LeaderUnits units, AccountManagement accounts) {
		this.log = log;
		this.checks = checks;
		this.units = units;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String page(Principal principal, @CookieValue(name = VisitorZone.COOKIE, required = false) @Nullable String zone,
			Model model) {
		Leader leader = leader(principal);
		String today = this.checks.today(VisitorZone.resolve(null, zone).zone()).toString();
		String group = leader.groups().getFirst().id().toString();
		return show(model, leader, ContactForm.empty(today, group), FormErrors.none(),
				MeetingHeldForm.empty(today, group), FormErrors.none());
	}

	@PostMapping(PATH)
	String logContact(@ModelAttribute ContactForm form, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Leader leader = leader(principal);
		FormErrors errors = FormErrors.none();
		Optional<ContactChecks.Contact> contact = this.checks.check(form, leader.groups(), errors);
		if (contact.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, leader, form, errors, emptyMeeting(leader), FormErrors.none());
		}
		ContactChecks.Contact good = contact.get();
		this.log.log(leader.person(), good.group(), good.date(), good.channel(), good.topics());
		redirect.addFlashAttribute("flash", "contacts.logged");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/meetings")
	String recordMeeting(@ModelAttribute MeetingHeldForm form, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Leader leader = leader(principal);
		FormErrors errors = FormErrors.none();
		Optional<ContactChecks.Meeting> meeting = this.checks.check(form, leader.groups(), errors);
		if (meeting.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String group = leader.groups().getFirst().id().toString();
			return show(model, leader, ContactForm.empty(this.checks.today(null).toString(), group), FormErrors.none(),
					form, errors);
		}
		ContactChecks.Meeting good = meeting.get();
		this.log.recordMeeting(leader.person(), good.group(), good.date(), good.attendees());
		redirect.addFlashAttribute("flash", "contacts.meeting.recorded");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/undo")
	String undoContact(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		return undone(this.log.undoContact(leader(principal).person(), uuid(id)), redirect);
	}

	@PostMapping(PATH + "/meetings/{id}/undo")
	String undoMeeting(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		return undone(this.log.undoMeeting(leader(principal).person(), uuid(id)), redirect);
	}

	private static String undone(boolean undone, RedirectAttributes redirect) {
		if (!undone) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "contacts.undone");
		return "redirect:" + PATH;
	}

	private String show(Model model, Leader leader, ContactForm form, FormErrors errors, MeetingHeldForm meeting,
			FormErrors meetingErrors) {
		model.addAttribute("contacts", new ContactPage(leader.groups(), form, errors, meeting, meetingErrors,
				this.log.recent(leader.person())));
		return "helprequest/contacts";
	}

	private MeetingHeldForm emptyMeeting(Leader leader) {
		return MeetingHeldForm.empty(this.checks.today(null).toString(), leader.groups().getFirst().id().toString());
	}

	/** The signed-in person, when they lead at least one group; otherwise 403. */
	private Leader leader(Principal principal) {
		Person person = this.accounts.person(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		List<UnitView> groups = this.units.groupsLedBy(person.email());
		if (groups.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return new Leader(person, groups);
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private record Leader(Person person, List<UnitView> groups) {
	}

}
