package org.latch.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * The query parameters of the HSDS list endpoints, understood and checked, applied
 * together (a boolean AND, as the HSDS API reference requires).
 *
 * @param words folded search words: every one must appear in the service's names or
 * descriptions (in any language), ignoring case and accents
 * @param near the centroid of {@code postcode}: only meetings at a place, nearest first
 * @param proximityMeters how far from {@code near} a place may be, or no limit
 */
record HsdsFilter(List<String> words, @Nullable GeoPoint near, @Nullable Double proximityMeters,
		@Nullable UUID taxonomyTermId, @Nullable UUID taxonomyId, @Nullable UUID organizationId,
		@Nullable Instant modifiedAfter) {

	static final HsdsFilter NONE = new HsdsFilter(List.of(), null, null, null, null, null, null);

	static List<String> words(@Nullable String search) {
		return (search == null) ? List.of()
				: Arrays.stream(search.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
	}

	boolean test(HsdsEntry entry) {
		return matchesWords(entry) && matchesTerms(entry) && matchesPlace(entry)
				&& (this.organizationId == null || entry.group().isWithin(this.organizationId))
				&& (this.modifiedAfter == null || !entry.lastModified().isBefore(this.modifiedAfter));
	}

	/** Metres from {@code near} to the entry's place, when both are known. */
	@Nullable Double distanceMeters(HsdsEntry entry) {
		GeoPoint place = entry.group().point();
		return (this.near == null || place == null || !entry.hasLocation()) ? null : this.near.distanceKm(place) * 1000;
	}

	private boolean matchesPlace(HsdsEntry entry) {
		if (this.near == null) {
			return true;
		}
		Double distance = distanceMeters(entry);
		return distance != null && (this.proximityMeters == null || distance <= this.proximityMeters);
	}

	private boolean matchesTerms(HsdsEntry entry) {
		if (this.taxonomyTermId == null && this.taxonomyId == null) {
			return true;
		}
		return HsdsTaxonomy.termsOf(entry.meeting())
			.stream()
			.anyMatch(term -> (this.taxonomyTermId == null || term.id().equals(this.taxonomyTermId))
					&& (this.taxonomyId == null || term.taxonomyId().equals(this.taxonomyId)));
	}

	private boolean matchesWords(HsdsEntry entry) {
		if (this.words.isEmpty()) {
			return true;
		}
		UnitView group = entry.group().view();
		String text = Stream
			.concat(Stream.of(entry.name(), group.city(),
					entry.organization() == null ? null : entry.organization().name()),
					entry.group().profile().descriptions().values().stream())
			.filter(part -> part != null)
			.reduce("", (all, part) -> all + " \n" + part);
		return this.words.stream().allMatch(word -> new SearchText(word).isFoundIn(text));
	}

}
