package org.latch.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Latch's own small taxonomy for the HSDS API: three taxonomies (who a meeting welcomes,
 * how families join it, what its place offers), one term per value of {@link Audience},
 * {@link MeetingFormat} and {@link Accessibility}. Ids are name-based UUIDs, so they
 * never change between installations or releases.
 */
final class HsdsTaxonomy {

	static final HsdsTaxonomyView AUDIENCE = taxonomy("audience", "Latch audiences",
			"Families a breastfeeding or chestfeeding support meeting especially welcomes; "
					+ "a meeting without any of these terms welcomes every family.");

	static final HsdsTaxonomyView FORMAT = taxonomy("format", "Latch meeting formats",
			"Where families join a support meeting: in person, online, or both (hybrid).");

	static final HsdsTaxonomyView ACCESSIBILITY = taxonomy("accessibility", "Latch accessibility",
			"What the place of an in-person support meeting offers to reach it and stay.");

	static final List<HsdsTaxonomyView> TAXONOMIES = List.of(AUDIENCE, FORMAT, ACCESSIBILITY);

	static final List<HsdsTaxonomyTermView> TERMS = terms();

	private HsdsTaxonomy() {
	}

	static HsdsTaxonomyTermView term(Audience audience) {
		return find(AUDIENCE, audience);
	}

	static HsdsTaxonomyTermView term(MeetingFormat format) {
		return find(FORMAT, format);
	}

	static HsdsTaxonomyTermView term(Accessibility accessibility) {
		return find(ACCESSIBILITY, accessibility);
	}

	static Optional<HsdsTaxonomyTermView> term(UUID id) {
		return TERMS.stream().filter(term -> term.id().equals(id)).findFirst();
	}

	static Optional<HsdsTaxonomyView> taxonomy(UUID id) {
		return TAXONOMIES.stream().filter(taxonomy -> taxonomy.id().equals(id)).findFirst();
	}

	/** The terms describing a meeting: its format, audiences and accessibility. */
	static List<HsdsTaxonomyTermView> termsOf(MeetingView meeting) {
		List<HsdsTaxonomyTermView> terms = new ArrayList<>();
		terms.add(term(meeting.format()));
		meeting.audiences().stream().sorted().map(HsdsTaxonomy::term).forEach(terms::add);
		meeting.accessibility().stream().sorted().map(HsdsTaxonomy::term).forEach(terms::add);
		return terms;
	}

	private static HsdsTaxonomyTermView find(HsdsTaxonomyView taxonomy, Enum<?> value) {
		UUID id = termId(taxonomy, value);
		return TERMS.stream().filter(term -> term.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<HsdsTaxonomyTermView> terms() {
		List<HsdsTaxonomyTermView> terms = new ArrayList<>();
		for (Audience audience : Audience.values()) {
			terms.add(term(AUDIENCE, audience, switch (audience) {
				case EXPECTING -> "Expecting parents";
				case NEWBORN -> "Parents of newborns";
				case TODDLER -> "Parents of toddlers";
				case WORKING_PARENTS -> "Working parents";
				case NICU_PRETERM -> "NICU and preterm babies";
				case MULTIPLES -> "Parents of multiples";
				case LGBTQ_FAMILIES -> "LGBTQ+ families";
				case PARTNERS_WELCOME -> "Partners welcome";
			}));
		}
		for (MeetingFormat format : MeetingFormat.values()) {
			terms.add(term(FORMAT, format, switch (format) {
				case IN_PERSON -> "In person";
				case ONLINE -> "Online";
				case HYBRID -> "Hybrid (in person or online)";
			}));
		}
		for (Accessibility accessibility : Accessibility.values()) {
			terms.add(term(ACCESSIBILITY, accessibility, switch (accessibility) {
				case STEP_FREE -> "Step-free access";
				case PARKING -> "Parking";
				case TRANSIT -> "Near public transit";
				case CHILD_FRIENDLY -> "Child-friendly place";
			}));
		}
		return List.copyOf(terms);
	}

	private static HsdsTaxonomyTermView term(HsdsTaxonomyView taxonomy, Enum<?> value, String name) {
		return new HsdsTaxonomyTermView(termId(taxonomy, value), value.name().toLowerCase(Locale.ROOT), name,
				name + " (" + taxonomy.name() + ").", taxonomy.name(), taxonomy.id(), "en", taxonomy);
	}

	private static UUID termId(HsdsTaxonomyView taxonomy, Enum<?> value) {
		return HsdsEntry.id("taxonomy_term", taxonomy.id(), value.name());
	}

	private static HsdsTaxonomyView taxonomy(String code, String name, String description) {
		return new HsdsTaxonomyView(HsdsEntry.id("taxonomy", code), name, description, "1");
	}

}
