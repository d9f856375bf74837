package org.latch.directory;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Area and Org Administrators keep the public profile of the areas and organizations they
 * administer: address, contacts and a description in each language, as families and
 * partner directories (the HSDS API) see them.
 */
@Controller
class ManageUnitController {

	private final GroupEditing editing;

	private final GroupChecks checks;

	ManageUnitController(GroupEditing editing, GroupChecks checks) {
		this.editing = editing;
		this.checks = checks;
	}

	@GetMapping("/manage/units/{id}")
	String edit(@PathVariable String id, Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UUID unit = ManagePaths.id(id);
		UnitProfile profile = this.editing.organizationProfile(reach, unit);
		UnitView view = this.editing.view(reach, unit);
		return form(model, view, GroupForm.of(view, profile), FormErrors.none());
	}

	@PostMapping("/manage/units/{id}")
	String update(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UUID unit = ManagePaths.id(id);
		this.editing.organizationProfile(reach, unit);
		UnitView view = this.editing.view(reach, unit);
		GroupForm form = GroupForm.from(request.getParameterMap());
		GroupChecks.ProfileChecked checked = this.checks.checkProfile(form);
		if (checked.profile() == null) {
			return form(model, view, form, checked.errors());
		}
		this.editing.describeOrganization(reach, unit, checked.profile());
		redirect.addFlashAttribute("flash", "manage.unit.saved");
		return "redirect:/manage/units/" + unit;
	}

	private static String form(Model model, UnitView unit, GroupForm form, FormErrors errors) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", Language.all());
		return "directory/manage-unit";
	}

}
