package org.latch.directory;

import java.security.Principal;
import java.util.List;
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
 * Where administrators list, add and edit the milk banks and depots their units own.
 * Leaders who only lead a group have none to manage.
 */
@Controller
class ManageMilkController {

	private final GroupEditing editing;

	private final MilkPlaceEditing places;

	private final MilkPlaceChecks checks;

	ManageMilkController(GroupEditing editing, MilkPlaceEditing places, MilkPlaceChecks checks) {
		this.editing = editing;
		this.places = places;
		this.checks = checks;
	}

	@GetMapping("/manage/milk-places")
	String list(@RequestParam String unit, Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UUID owner = ManagePaths.id(unit);
		model.addAttribute("unit", this.places.owner(reach, owner));
		model.addAttribute("places", this.places.ownedBelow(reach, owner));
		return "directory/manage-milk-list";
	}

	@GetMapping("/manage/milk-places/new")
	String newPlace(@RequestParam String unit, Principal principal, Locale locale, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UnitView owner = this.places.owner(reach, ManagePaths.id(unit));
		return form(model, reach, owner, null, null,
				MilkPlaceForm.empty(Language.of(locale).tag(), owner.country() == null ? "" : owner.country()),
				FormErrors.none());
	}

	@PostMapping("/manage/milk-places/new")
	String create(@RequestParam String unit, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UnitView owner = this.places.owner(reach, ManagePaths.id(unit));
		MilkPlaceForm form = MilkPlaceForm.from(request.getParameterMap());
		MilkPlaceChecks.Checked checked = this.checks.check(form, owner.id(), this.places.banks(reach), false);
		if (checked.place() == null) {
			return form(model, reach, owner, null, null, form, checked.errors());
		}
		UUID created = this.places.create(reach, owner.id().value(), checked.place());
		redirect.addFlashAttribute("flash", "manage.milk.created");
		return "redirect:/manage/milk-places/" + created;
	}

	@GetMapping("/manage/milk-places/{id}")
	String edit(@PathVariable String id, Principal principal, Model model) {
		Reach reach = this.editing.reach(principal.getName());
		UUID place = ManagePaths.id(id);
		NewMilkPlace stored = this.places.input(reach, place);
		return form(model, reach, null, place, stored, MilkPlaceForm.of(stored), FormErrors.none());
	}

	@PostMapping("/manage/milk-places/{id}")
	String update(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Reach reach = this.editing.reach(principal.getName());
		UUID place = ManagePaths.id(id);
		NewMilkPlace stored = this.places.input(reach, place);
		MilkPlaceForm form = MilkPlaceForm.from(request.getParameterMap());
		MilkPlaceChecks.Checked checked = this.checks.check(form, stored.unit(), banks(reach, place),
				this.places.hasDepots(place));
		if (checked.place() == null) {
			return form(model, reach, null, place, stored, form, checked.errors());
		}
		this.places.update(reach, place, checked.place());
		redirect.addFlashAttribute("flash", "manage.milk.saved");
		return "redirect:/manage/milk-places/" + place;
	}

	/** The banks a depot may name: never the place itself. */
	private List<MilkPlaceRow> banks(Reach reach, @Nullable UUID place) {
		return this.places.banks(reach).stream().filter(bank -> !bank.id().equals(place)).toList();
	}

	/**
	 * @param owner the unit a new place will belong to
	 * @param place the id of the place edited, with {@code stored} its saved fields
	 */
	private String form(Model model, Reach reach, @Nullable UnitView owner, @Nullable UUID place,
			@Nullable NewMilkPlace stored, MilkPlaceForm form, FormErrors errors) {
		UnitId list = owner != null ? owner.id() : stored == null ? null : stored.unit();
		model.addAttribute("owner", owner);
		model.addAttribute("place", place);
		model.addAttribute("storedName", stored == null ? null : stored.name());
		model.addAttribute("listUnit", list == null ? null : list.value());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", Language.all());
		model.addAttribute("banks", banks(reach, place));
		return "directory/manage-milk-place";
	}

}
