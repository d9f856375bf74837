package org.latch.directory;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;
import org.latch.platform.PageContext;

/** The choices of the find form, translated, with the visitor's choices selected. */
final class FindOptions {

	private static final List<Choice<DayOfWeek>> DAYS = choices(DayOfWeek.values(), "find.day.");

	private static final List<Choice<TimeOfDay>> TIMES = choices(TimeOfDay.values(), "find.time.");

	private static final List<Choice<Audience>> AUDIENCES = choices(Audience.values(), "find.audience.");

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
			.map(radius -> new FindPage.Option(String.valueOf(radius), this.page.t(unit.radiusKey(), radius),
					radius == chosen))
			.toList();
	}

	List<FindPage.Option> languages(String chosen) {
		return Language.all()
			.stream()
			.map(language -> new FindPage.Option(language.tag(), language.nativeName(), language.tag().equals(chosen)))
			.toList();
	}

	List<FindPage.Option> days(Set<DayOfWeek> chosen) {
		return options(DAYS, chosen::contains);
	}

	List<FindPage.Option> times(@Nullable TimeOfDay chosen) {
		return options(TIMES, time -> time == chosen);
	}

	List<FindPage.Option> audiences(@Nullable Audience chosen) {
		return options(AUDIENCES, audience -> audience == chosen);
	}

	private <E extends Enum<E>> List<FindPage.Option> options(List<Choice<E>> choices, Predicate<E> chosen) {
		List<FindPage.Option> options = new ArrayList<>(choices.size());
		for (Choice<E> choice : choices) {
			options.add(new FindPage.Option(choice.value(), this.page.t(choice.label()), chosen.test(choice.of())));
		}
		return options;
	}

	private static <E extends Enum<E>> List<Choice<E>> choices(E[] values, String labels) {
		return Arrays.stream(values).map(value -> {
			String key = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
			return new Choice<>(value, key, labels + key);
		}).toList();
	}

	/** A value of the form ("tuesday") and the key of its label ("find.day.tuesday"). */
	private record Choice<E>(E of, String value, String label) {
	}

}
