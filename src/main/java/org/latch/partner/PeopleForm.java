package org.latch.partner;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The people step as submitted: counts as typed (so a wrong value is shown back as it
 * was), IBCLC rows as two parallel lists, the contact person.
 */
record PeopleForm(@Nullable String members, @Nullable String employees, @Nullable List<String> ibclcName,
		@Nullable List<String> ibclcNumber, @Nullable String contactName, @Nullable String contactEmail,
		@Nullable String contactPhone) {

	/** Empty rows offered below the IBCLCs already named. */
	static final int BLANK_ROWS = 3;

	static PeopleForm of(PartnerApplication application) {
		List<String> names = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		for (Ibclc ibclc : application.ibclcs()) {
			names.add(ibclc.name());
			numbers.add(ibclc.iblceNumber());
		}
		return new PeopleForm(text(application.members()), text(application.employees()), names, numbers,
				application.contactName(), application.contactEmail(), application.contactPhone());
	}

	/** How many IBCLC rows the page shows: those sent, and a few empty ones. */
	int rows() {
		return Math.max(size(this.ibclcName), size(this.ibclcNumber)) + BLANK_ROWS;
	}

	String name(int row) {
		return at(this.ibclcName, row);
	}

	String number(int row) {
		return at(this.ibclcNumber, row);
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	private static String text(@Nullable Integer value) {
		return (value == null) ? "" : value.toString();
	}

	static int size(@Nullable List<String> values) {
		return (values == null) ? 0 : values.size();
	}

	static String at(@Nullable List<String> values, int index) {
		if (values == null || index >= values.size() || values.get(index) == null) {
			return "";
		}
		return values.get(index);
	}

}
