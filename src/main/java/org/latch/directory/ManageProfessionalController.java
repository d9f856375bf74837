package org.latch.directory;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

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
 * Where administrators list, add, edit and remove the lactation consultants and doctors
 * their units refer families to. Leaders who only lead a group have none to manage.
 */
@Controller
class ManageProfessionalController {

	private static final String PATH = "/manage/professionals";

	private final GroupEditing editing;

	private final ProfessionalEditing professionals;

	private final ProfessionalChecks checks;

	ManageProfessionalController(GroupEditing editing, ProfessionalEditing professionals, ProfessionalChecks checks) {
		this.editing = editing;
		this.professionals = professionals;
		this.checks = checks;
	}

	@GetMapping(PATH)
	String list(@RequestParam String unit, Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UUID owner = ManagePaths.id(unit);
		model.addAttribute("unit", this.professionals.owner(reach, owner));
		model.addAttribute("professionals", this.professionals.ownedBelow(reach, owner));
		return "directory/manage-professional-list";
	}

	@GetMapping(PATH + "/new")
	String newProfessional(@RequestParam String unit, Principal principal, Locale locale, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UnitView owner = this.professionals.owner(reach, ManagePaths.id(unit));
		return form(model, owner, null, null,
				ProfessionalForm.empty(Language.of(locale).tag(), owner.country() == null ? "" : owner.country()),
				FormErrors.none());
	}

	@PostMapping(PATH + "/new")
	String create(@RequestParam String unit, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UnitView owner = this.professionals.owner(reach, ManagePaths.id(unit));
		ProfessionalForm form = ProfessionalForm.from(request.getParameterMap());
		ProfessionalChecks.Checked checked = this.checks.check(form, owner.id(), true);
		if (checked.professional() == null) {
			return form(model, owner, null, null, form, checked.errors());
		}
		UUID created = this.professionals.create(reach, owner.id().value(), checked.professional());
		redirect.addFlashAttribute("flash", "manage.professional.created");
		return "redirect:" + PATH + "/" + created;
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable String id, Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UUID professional = ManagePaths.id(id);
		NewProfessional stored = this.professionals.input(reach, professional);
		return form(model, null, professional, stored, ProfessionalForm.of(stored), FormErrors.none());
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UUID professional = ManagePaths.id(id);
		NewProfessional stored = this.professionals.input(reach, professional);
		ProfessionalForm form = ProfessionalForm.from(request.getParameterMap());
		ProfessionalChecks.Checked checked = this.checks.check(form, stored.unit(), false);
		if (checked.professional() == null) {
			return form(model, null, professional, stored, form, checked.errors());
		}
		this.professionals.update(reach, professional, checked.professional());
		redirect.addFlashAttribute("flash", "manage.professional.saved");
		return "redirect:" + PATH + "/" + professional;
	}

	@PostMapping(PATH + "/{id}/remove")
	String remove(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UUID owner = this.professionals.remove(reach, ManagePaths.id(id));
		redirect.addFlashAttribute("flash", "manage.professional.removed");
		return owner == null ? "redirect:/manage" : "redirect:" + PATH + "?unit=" + owner;
	}

	/**
	 * @param owner the unit a new listing will belong to
	 * @param professional the id of the listing edited, with {@code stored} its saved
	 * fields
	 */
	private String form(Model model, @Nullable UnitView owner, @Nullable UUID professional,
			@Nullable NewProfessional stored, ProfessionalForm form, FormErrors errors) {
		UnitId list = owner != null ? owner.id() : stored == null ? null : stored.unit();
		model.addAttribute("owner", owner);
		model.addAttribute("professional", professional);
		model.addAttribute("storedName", stored == null ? null : stored.name());
		model.addAttribute("listUnit", list == null ? null : list.value());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", Language.all());
		return "directory/manage-professional";
	}

}
