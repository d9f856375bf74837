package org.latch.directory;

import java.security.Principal;
import java.util.List;
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

/**
 * Where Leaders and administrators edit what they look after: the list of their units,
 * and the form that creates or edits a group.
 */
@Controller
class ManageController {

	private final GroupEditing editing;

	private final GroupChecks checks;

	private final MeetingManagement meetings;

	ManageController(GroupEditing editing, GroupChecks checks, MeetingManagement meetings) {
		this.editing = editing;
		this.checks = checks;
		this.meetings = meetings;
	}

	@GetMapping("/manage")
	String list(Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		if (!reach.any()) {
			throw new NotSteward();
		}
		model.addAttribute("rows", this.editing.editable(reach));
		return "directory/manage-list";
	}

	@GetMapping("/manage/groups/new")
	String newGroup(@RequestParam String parent, Principal principal, Locale locale, Model model) {
		UnitView above = parent(principal, parent);
		return form(model, above, null,
				GroupForm.empty(Language.of(locale).tag(), above.country() == null ? "" : above.country()),
				FormErrors.none());
	}

	@PostMapping("/manage/groups/new")
	String create(@RequestParam String parent, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		UnitView above = parent(principal, parent);
		GroupForm form = GroupForm.from(request.getParameterMap());
		GroupChecks.Checked checked = this.checks.check(form);
		if (checked.input() == null) {
			return form(model, above, null, form, checked.errors());
		}
		UUID created = this.editing.create(this.editing.reach(principal.getName()), above.id().value(),
				checked.input());
		redirect.addFlashAttribute("flash", "manage.group.created");
		return "redirect:/manage/groups/" + created;
	}

	@GetMapping("/manage/groups/{id}")
	String edit(@PathVariable String id, Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UUID group = ManagePaths.id(id);
		GroupInput input = this.editing.input(reach, group);
		return form(model, null, this.editing.view(reach, group), GroupForm.of(input), FormErrors.none());
	}

	@PostMapping("/manage/groups/{id}")
	String update(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UUID group = ManagePaths.id(id);
		UnitView view = this.editing.view(reach, group);
		GroupForm form = GroupForm.from(request.getParameterMap());
		GroupChecks.Checked checked = this.checks.check(form);
		if (checked.input() == null) {
			return form(model, null, view, form, checked.errors());
		}
		this.editing.update(reach, group, checked.input());
		redirect.addFlashAttribute("flash", "manage.group.saved");
		return "redirect:/manage/groups/" + group;
	}

	private UnitView parent(Principal principal, String parent) {
		return this.editing.parentFor(this.editing.reach(principal.getName()), ManagePaths.id(parent)).view();
	}

	private String form(Model model, UnitView parent, UnitView group, GroupForm form, FormErrors errors) {
		model.addAttribute("parent", parent);
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", Language.all());
		model.addAttribute("meetings", group == null ? List.of() : this.meetings.meetingsOf(group.id()));
		return "directory/manage-group";
	}

}
