package org.latch.milkdonation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * A donation as written in a form, by the donor or the bank's staff: where (the bank or
 * one of its depots), the day, and the amount in ounces or millilitres.
 */
record DonationForm(@Nullable String place, @Nullable String date, @Nullable String amount, @Nullable String unit) {

	/** A donation whose every field was checked. */
	record Checked(UUID place, LocalDate on, MilkVolume volume) {
	}

	static DonationForm empty() {
		return new DonationForm(null, null, "", MilkUnit.OZ.name());
	}

	/**
	 * The donation, or empty with its problems in {@code errors}: the place must be one
	 * of {@code places}; the day today somewhere on Earth (up to UTC+14) or within the
	 * past year.
	 */
	Optional<Checked> check(Set<UUID> places, FormErrors errors) {
		UUID where = null;
		try {
			where = (this.place == null) ? null : UUID.fromString(this.place);
		}
		catch (IllegalArgumentException ex) {
			// Not an id: refused below like any place that is not the bank's.
		}
		if (where == null || !places.contains(where)) {
			errors.reject("place", "validation.milk.place");
		}
		LocalDate on = day(this.date);
		LocalDate latest = LocalDate.now(ZoneOffset.ofHours(14));
		if (on == null || on.isAfter(latest) || on.isBefore(latest.minusYears(1))) {
			errors.reject("date", "validation.milk.date");
		}
		Optional<MilkVolume> volume = MilkVolume.parse(this.amount, this.unit);
		if (volume.isEmpty()) {
			errors.reject("amount", "validation.milk.amount");
		}
		return (errors.any() || where == null || on == null || volume.isEmpty()) ? Optional.empty()
				: Optional.of(new Checked(where, on, volume.get()));
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	private static @Nullable LocalDate day(@Nullable String date) {
		try {
			return (date == null) ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
