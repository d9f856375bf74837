package org.latch.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.platform.FormErrors;

/**
 * Checks a milk bank or depot form: its place fields as a group's (same column limits,
 * same lookup of missing coordinates), its kind, and for a depot the bank, which must be
 * one the person may choose.
 */
@Component
class MilkPlaceChecks {

	/** A check's outcome: errors by field, or the place to save when there are none. */
	record Checked(FormErrors errors, @Nullable NewMilkPlace place) {
	}

	private final GroupChecks group;

	MilkPlaceChecks(GroupChecks group) {
		this.group = group;
	}

	/**
	 * @param owner the unit that owns the place
	 * @param banks the banks the person may choose for a depot
	 * @param hasDepots whether depots send milk to this place (it must stay a bank)
	 */
	Checked check(MilkPlaceForm form, @Nullable UnitId owner, List<MilkPlaceRow> banks, boolean hasDepots) {
		GroupChecks.Checked place = this.group.check(form.asGroup());
		FormErrors errors = place.errors();
		MilkPlaceKind kind = Arrays.stream(MilkPlaceKind.values()).filter(form::is).findFirst().orElse(null);
		if (kind == null) {
			errors.reject("kind", "manage.milk.validation.kind");
		}
		else if (kind == MilkPlaceKind.MILK_DEPOT && hasDepots) {
			errors.reject("kind", "manage.milk.validation.has-depots");
		}
		MilkPlaceId bank = null;
		if (kind == MilkPlaceKind.MILK_DEPOT) {
			String chosen = form.bank().strip();
			bank = banks.stream()
				.map(MilkPlaceRow::id)
				.filter(id -> id.toString().equals(chosen))
				.findFirst()
				.map(MilkPlaceId::new)
				.orElse(null);
			if (bank == null) {
				errors.reject("bank",
						chosen.isEmpty() ? "manage.milk.validation.bank.required" : "manage.milk.validation.bank");
			}
		}
		GroupInput input = place.input();
		if (errors.any() || input == null || kind == null) {
			return new Checked(errors, null);
		}
		UnitProfile profile = input.profile();
		return new Checked(errors, new NewMilkPlace(kind, owner, bank, input.name(), profile.streetAddress(),
				Objects.requireNonNull(input.city()), input.region(), profile.postalCode(),
				Objects.requireNonNull(input.country()), Objects.requireNonNull(input.latitude()),
				Objects.requireNonNull(input.longitude()), profile.phone(), profile.website(), input.languages()));
	}

}
