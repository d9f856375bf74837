package org.latch.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Reads what a person typed as a place name, with or without a qualifier ("Portland, ME",
 * "Paris France", "São Paulo, Brasil"), and asks the {@link PlaceIndex}.
 */
final class PlaceLookup {

	private static final BiPredicate<String, String> ANYWHERE = (country, admin1) -> true;

	/**
	 * Minimum length of a name key worth suggesting for: one letter matches half the
	 * world.
	 */
	private static final int MIN_PREFIX = 2;

	private final PlaceIndex index;

	PlaceLookup(PlaceIndex index) {
		this.index = index;
	}

	/** The most populous place whose country and division satisfy {@code where}. */
	Optional<Place> largest(BiPredicate<String, String> where) {
		return this.index.largest(where);
	}

	/**
	 * The best place for a complete name: with a qualifier after a comma, the most
	 * populous that fits it; otherwise the most populous of that name, or, failing that,
	 * the name read as its first words and a qualifier in its last one or two ("Portland
	 * ME", "San Juan Puerto Rico").
	 */
	Optional<Place> find(String text) {
		List<String> parts = Arrays.asList(text.split(",", -1));
		if (parts.size() > 1) {
			String name = NameKey.of(parts.getFirst());
			Optional<Place> qualified = name.isEmpty() ? Optional.empty()
					: this.index.best(name, allOf(parts.subList(1, parts.size())));
			if (qualified.isPresent()) {
				return qualified;
			}
		}
		String whole = NameKey.of(text);
		if (whole.isEmpty()) {
			return Optional.empty();
		}
		Optional<Place> found = this.index.best(whole, ANYWHERE);
		if (found.isPresent() || parts.size() > 1) {
			return found;
		}
		String[] words = whole.split(" ");
		for (int tail = 1; tail <= 2 && tail < words.length; tail++) {
			String name = String.join(" ", Arrays.copyOfRange(words, 0, words.length - tail));
			Qualifier where = Qualifier
				.exact(String.join(" ", Arrays.copyOfRange(words, words.length - tail, words.length)));
			found = this.index.best(name, where::matches);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * Places for a name still being typed. Before a comma the name is a prefix; after
	 * one, the name is complete and the text after the last comma is a qualifier being
	 * typed ("Portland, O" lists Portland, Oregon).
	 */
	List<Place> suggest(String text, int limit) {
		int comma = text.lastIndexOf(',');
		if (comma < 0) {
			String prefix = NameKey.ofPrefix(text);
			return (prefix.strip().length() < MIN_PREFIX) ? List.of()
					: this.index.startingWith(prefix, limit, ANYWHERE);
		}
		List<String> parts = Arrays.asList(text.substring(0, comma).split(",", -1));
		String name = NameKey.of(parts.getFirst());
		if (name.length() < MIN_PREFIX) {
			return List.of();
		}
		Qualifier typing = Qualifier.partial(text.substring(comma + 1));
		BiPredicate<String, String> earlier = allOf(parts.subList(1, parts.size()));
		return this.index.named(name, limit,
				(country, admin1) -> earlier.test(country, admin1) && typing.matches(country, admin1));
	}

	Optional<Place> nearest(GeoPoint point) {
		return this.index.nearest(point);
	}

	private static BiPredicate<String, String> allOf(List<String> qualifierTexts) {
		List<Qualifier> qualifiers = new ArrayList<>();
		for (String text : qualifierTexts) {
			Qualifier qualifier = Qualifier.exact(text);
			if (!qualifier.isEmpty()) {
				qualifiers.add(qualifier);
			}
		}
		return (country, admin1) -> qualifiers.stream().allMatch(q -> q.matches(country, admin1));
	}

}
