package org.latch.directory;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;
import org.latch.platform.PageContext;

/** The choices of the find form, translated, with the visitor's choices selected. */
final class FindOptions {

	private final PageContext page;

	FindOptions(PageContext page) {
		this.page = page;
	}

	List<FindPage.Option> radii(int chosen, DistanceUnit unit) {
		List<Integer> values = new ArrayList<>();
		for (int radius : FindForm.RADII) {
			values.add(radius);
		}
		if (!values.contains(chosen)) {
			// A radius typed into the address bar stays chosen.
			values.add(chosen);
			values.sort(Integer::compare);
		}
		return values.stream()
			.map(radius -> new FindPage.Option(String.valueOf(radius),
					this.page.t("find.radius.option." + unit.value(), radius), radius == chosen))
			.toList();
	}

	List<FindPage.Option> languages(String chosen) {
		return Language.all()
			.stream()
			.map(language -> new FindPage.Option(language.tag(), language.nativeName(), language.tag().equals(chosen)))
			.toList();
	}

	List<FindPage.Option> days(Set<DayOfWeek> chosen) {
		return Arrays.stream(DayOfWeek.values())
			.map(day -> new FindPage.Option(key(day), this.page.t("find.day." + key(day)), chosen.contains(day)))
			.toList();
	}

	List<FindPage.Option> times(@Nullable TimeOfDay chosen) {
		return Arrays.stream(TimeOfDay.values())
			.map(time -> new FindPage.Option(key(time), this.page.t("find.time." + key(time)), time == chosen))
			.toList();
	}

	List<FindPage.Option> audiences(@Nullable Audience chosen) {
		return Arrays.stream(Audience.values())
			.map(audience -> new FindPage.Option(key(audience), this.page.t("find.audience." + key(audience)),
					audience == chosen))
			.toList();
	}

	/** Organizations as a tree: each level indented under the one above. */
	List<FindPage.Option> organizations(List<UnitView> organizations, @Nullable UnitId chosen) {
		return organizations.stream()
			.map(unit -> new FindPage.Option(unit.id().value().toString(),
					"\u00a0\u00a0".repeat(Math.max(unit.depth(), 0)) + unit.name(), unit.id().equals(chosen)))
			.toList();
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
