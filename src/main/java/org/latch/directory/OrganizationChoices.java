package org.latch.directory;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The organizations offered by the find form's filter, as a tree (each level indented
 * under the one above), read and labelled at most once a minute: every search page lists
 * them, and they change rarely (a new area appears within a minute).
 */
@Component
class OrganizationChoices {

	static final Duration FRESH = Duration.ofMinutes(1);

	private final Refreshed<Choices> choices;

	OrganizationChoices(DirectoryManagement directory) {
		this.choices = new Refreshed<>(() -> Choices.of(options(directory.organizations(null, null))), FRESH);
	}

	/** Every organization as the filter's options, the chosen one selected. */
	OptionsHtml options(@Nullable UnitId chosen) {
		Choices all = this.choices.get();
		if (chosen == null) {
			return all.html();
		}
		String value = chosen.value().toString();
		return OptionsHtml.of(all.options()
			.stream()
			.map(option -> option.value().equals(value) ? new FindPage.Option(value, option.label(), true) : option)
			.toList());
	}

	/**
	 * Depth first, each organization followed by those under it, sisters in alphabetical
	 * order (the visitor's collation does not matter much for a list this short).
	 */
	static List<FindPage.Option> options(List<UnitView> organizations) {
		Map<@Nullable UnitId, List<UnitView>> children = new HashMap<>();
		Set<UnitId> listed = new HashSet<>();
		organizations.forEach(unit -> listed.add(unit.id()));
		Collator collator = Collator.getInstance(Locale.ROOT);
		for (UnitView unit : organizations) {
			UnitId parent = (unit.parentId() != null && listed.contains(unit.parentId())) ? unit.parentId() : null;
			children.computeIfAbsent(parent, key -> new ArrayList<>()).add(unit);
		}
		children.values().forEach(sisters -> sisters.sort(Comparator.comparing(UnitView::name, collator)));
		List<FindPage.Option> options = new ArrayList<>(organizations.size());
		add(children, null, options);
		return options;
	}

	private static void add(Map<@Nullable UnitId, List<UnitView>> children, @Nullable UnitId parent,
			List<FindPage.Option> options) {
		for (UnitView unit : children.getOrDefault(parent, List.of())) {
			options.add(new FindPage.Option(unit.id().value().toString(),
					"\u00a0\u00a0".repeat(Math.max(unit.depth(), 0)) + unit.name(), false));
			add(children, unit.id(), options);
		}
	}

	/** The options, and their markup when none is chosen (nearly every search). */
	private record Choices(List<FindPage.Option> options, OptionsHtml html) {

		static Choices of(List<FindPage.Option> options) {
			return new Choices(options, OptionsHtml.of(options));
		}

	}

}
