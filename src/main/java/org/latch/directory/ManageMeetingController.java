package org.latch.directory;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.TimeZones;

/**
 * A group's meetings for those who look after it: add, edit and delete a meeting, cancel
 * one date, add an extra date.
 */
@Controller
class ManageMeetingController {

	private final GroupEditing editing;

	private final MeetingManagement meetings;

	ManageMeetingController(GroupEditing editing, MeetingManagement meetings) {
		this.editing = editing;
		this.meetings = meetings;
	}

	@GetMapping("/manage/groups/{id}/meetings/new")
	String newMeeting(@PathVariable String id, Principal principal, Locale locale, Model model) {
		UnitView group = group(principal, ManagePaths.id(id));
		return form(model, group, null,
				MeetingForm.empty(Language.of(locale).tag(), this.editing.defaultZone(group.id().value())),
				FormErrors.none());
	}

	@PostMapping("/manage/groups/{id}/meetings/new")
	String schedule(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		UnitView group = group(principal, ManagePaths.id(id));
		MeetingForm form = MeetingForm.from(request.getParameterMap());
		MeetingChecks.Checked checked = MeetingChecks.check(form, group.id());
		if (checked.meeting() == null) {
			return form(model, group, null, form, checked.errors());
		}
		MeetingId created = this.meetings.schedule(checked.meeting());
		redirect.addFlashAttribute("flash", "manage.meeting.created");
		return "redirect:/manage/meetings/" + created.value();
	}

	@GetMapping("/manage/meetings/{id}")
	String edit(@PathVariable String id, Principal principal, Model model) {
		MeetingView meeting = meeting(principal, id);
		return form(model, group(principal, meeting.group().value()), meeting, MeetingForm.of(meeting),
				FormErrors.none());
	}

	@PostMapping("/manage/meetings/{id}")
	String update(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		MeetingView meeting = meeting(principal, id);
		UnitView group = group(principal, meeting.group().value());
		MeetingForm form = MeetingForm.from(request.getParameterMap());
		MeetingChecks.Checked checked = MeetingChecks.check(form, group.id());
		if (checked.meeting() == null) {
			return form(model, group, meeting, form, checked.errors());
		}
		this.meetings.update(meeting.id(), checked.meeting());
		redirect.addFlashAttribute("flash", "manage.meeting.saved");
		return "redirect:/manage/meetings/" + meeting.id().value();
	}

	@PostMapping("/manage/meetings/{id}/delete")
	String delete(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		MeetingView meeting = meeting(principal, id);
		this.meetings.delete(meeting.id());
		redirect.addFlashAttribute("flash", "manage.meeting.deleted");
		return "redirect:/manage/groups/" + meeting.group().value();
	}

	@PostMapping("/manage/meetings/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String date, Principal principal,
			Model model, RedirectAttributes redirect) {
		MeetingView meeting = meeting(principal, id);
		FormErrors errors = FormErrors.none();
		LocalDate day = MeetingChecks.date(errors, date);
		if (day != null) {
			try {
				this.meetings.cancel(meeting.id(), day);
			}
			catch (InvalidMeeting nothingThatDay) {
				errors.reject("firstDate", nothingThatDay.key());
			}
		}
		if (errors.any()) {
			model.addAttribute("cancelError", errors.key("firstDate"));
			return form(model, group(principal, meeting.group().value()), meeting, MeetingForm.of(meeting),
					FormErrors.none());
		}
		redirect.addFlashAttribute("flash", "manage.meeting.cancelled");
		return "redirect:/manage/meetings/" + meeting.id().value();
	}

	@PostMapping("/manage/meetings/{id}/extra")
	String extra(@PathVariable String id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, Principal principal, Model model,
			RedirectAttributes redirect) {
		MeetingView meeting = meeting(principal, id);
		FormErrors errors = FormErrors.none();
		LocalDate day = MeetingChecks.date(errors, date);
		LocalTime start = MeetingChecks.time(errors, time);
		if (errors.any()) {
			model.addAttribute("extraDateError", errors.key("firstDate"));
			model.addAttribute("extraTimeError", errors.key("startTime"));
			return form(model, group(principal, meeting.group().value()), meeting, MeetingForm.of(meeting),
					FormErrors.none());
		}
		this.meetings.addExtraDate(meeting.id(), day, start);
		redirect.addFlashAttribute("flash", "manage.meeting.extra-added");
		return "redirect:/manage/meetings/" + meeting.id().value();
	}

	private UnitView group(Principal principal, UUID id) {
		return this.editing.editableGroup(this.editing.reach(principal.getName()), id).view();
	}

	private MeetingView meeting(Principal principal, String id) {
		MeetingView meeting = this.meetings.find(new MeetingId(ManagePaths.id(id))).orElseThrow(NothingHere::new);
		group(principal, meeting.group().value());
		return meeting;
	}

	private String form(Model model, UnitView group, MeetingView meeting, MeetingForm form, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", TimeZones.ALL);
		model.addAttribute("languages", Language.all());
		model.addAttribute("cancelError", model.getAttribute("cancelError"));
		model.addAttribute("extraDateError", model.getAttribute("extraDateError"));
		model.addAttribute("extraTimeError", model.getAttribute("extraTimeError"));
		return "directory/manage-meeting";
	}

}
