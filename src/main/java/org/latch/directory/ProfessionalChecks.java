package org.latch.directory;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.platform.FormErrors;

/**
 * Checks a health professional's form: the place fields as a group's (same column limits,
 * same lookup of missing coordinates), the kind, an IBCLC's IBLCE number (5 to 9 digits),
 * and, for a new listing, that the professional agreed to be listed.
 */
@Component
class ProfessionalChecks {

	/**
	 * A check's outcome: errors by field, or the professional to save when there are
	 * none.
	 */
	record Checked(FormErrors errors, @Nullable NewProfessional professional) {
	}

	private static final Pattern IBLCE_NUMBER = Pattern.compile("[0-9]{5,9}");

	private final GroupChecks group;

	ProfessionalChecks(GroupChecks group) {
		this.group = group;
	}

	/**
	 * @param owner the unit that keeps the listing
	 * @param adding whether this lists someone new (who must have agreed)
	 */
	Checked check(ProfessionalForm form, @Nullable UnitId owner, boolean adding) {
		GroupChecks.Checked place = this.group.check(form.asGroup());
		FormErrors errors = place.errors();
		ProfessionalKind kind = Arrays.stream(ProfessionalKind.values()).filter(form::is).findFirst().orElse(null);
		if (kind == null) {
			errors.reject("kind", "manage.professional.validation.kind");
		}
		String credentials = GroupChecks.line(errors, "credentials", form.credentials(), 100, false);
		String practice = GroupChecks.line(errors, "practice", form.practice(), 200, false);
		String iblce = null;
		if (kind == ProfessionalKind.IBCLC) {
			iblce = GroupChecks.line(errors, "iblceNumber", form.iblceNumber(), 20, true);
			if (iblce != null && !IBLCE_NUMBER.matcher(iblce).matches()) {
				errors.reject("iblceNumber", "manage.professional.validation.iblce");
				iblce = null;
			}
		}
		if (adding && !form.consent()) {
			errors.reject("consent", "manage.professional.validation.consent");
		}
		GroupInput input = place.input();
		if (errors.any() || input == null || kind == null) {
			return new Checked(errors, null);
		}
		UnitProfile profile = input.profile();
		return new Checked(errors,
				new NewProfessional(kind, owner, input.name(), credentials, iblce, practice, profile.streetAddress(),
						Objects.requireNonNull(input.city()), input.region(), profile.postalCode(),
						Objects.requireNonNull(input.country()), Objects.requireNonNull(input.latitude()),
						Objects.requireNonNull(input.longitude()), profile.phone(), profile.website(),
						input.languages(), form.telehealth()));
	}

}
