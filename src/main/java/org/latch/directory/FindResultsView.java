package org.latch.directory;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;
import org.latch.platform.MapSettings;
import org.latch.platform.PageContext;

/** Search results formatted for the visitor: distances in their unit, links to pages. */
final class FindResultsView {

	private final FindForm form;

	private final FindQuery query;

	private final DistanceUnit unit;

	private final PageContext page;

	private final MeetingTimes times;

	/** Distances with one decimal, the visitor's way (1.5 or 1,5). */
	private final NumberFormat number;

	/**
	 * The link to the same search on another page (first) with another radius (second).
	 */
	private final BiFunction<Integer, Integer, String> links;

	FindResultsView(FindForm form, FindQuery query, DistanceUnit unit, PageContext page,
			BiFunction<Integer, Integer, String> links) {
		this.form = form;
		this.query = query;
		this.unit = unit;
		this.page = page;
		this.links = links;
		this.times = new MeetingTimes(page.i18n());
		this.number = NumberFormat.getNumberInstance(page.language().locale());
		this.number.setMaximumFractionDigits(1);
		this.number.setMinimumFractionDigits(1);
	}

	private String link(int page, int radius) {
		return this.links.apply(page, radius);
	}

	FindPage.Results results(FindResults found) {
		boolean inPerson = this.query.mode() != FindMode.ONLINE;
		String wider = (inPerson && this.query.near() != null && found.inPerson().isEmpty()
				&& this.query.radiusKm() < FindQuery.MAX_RADIUS_KM)
						? link(found.page(),
								Math.min(this.form.radiusValue() * 4, this.unit == DistanceUnit.MI ? 300 : 500))
						: null;
		return new FindPage.Results(rows(found.inPerson()),
				found.inPersonTotalExact() ? this.page.t("find.count", found.inPersonTotal())
						: this.page.t("find.count.more"),
				rows(found.online()), found.onlineTotal(), inPerson, this.query.mode() != FindMode.IN_PERSON,
				found.page(), found.hasPrevious() ? link(found.page() - 1, this.form.radiusValue()) : null,
				found.hasNext() ? link(found.page() + 1, this.form.radiusValue()) : null, wider);
	}

	/** A map when in-person results have places; tiles only if the operator set them. */
	FindPage.@Nullable MapView map(FindPage.@Nullable Results results, MapSettings map) {
		if (results == null || this.query.near() == null
				|| results.inPerson().stream().allMatch(row -> row.latitude() == null)) {
			return null;
		}
		return new FindPage.MapView(coordinate(this.query.near().latitude()), coordinate(this.query.near().longitude()),
				String.valueOf(this.query.radiusKm() * 1000), map.hasTiles() ? map.tiles() : null, map.attribution());
	}

	List<FindPage.MilkRow> milk(List<MilkPlaceView> places) {
		return places.stream()
			.map(place -> new FindPage.MilkRow(place.name(), place.kind().messageKey(),
					joined(place.streetAddress(), place.city(), place.region(), place.postalCode()),
					distance(place.distanceKm()), place.phone(), PhoneLinks.tel(place.phone()), place.website(),
					Language.nativeNamesOf(place.languages()), place.bankName()))
			.toList();
	}

	List<FindPage.CareRow> professionals(List<ProfessionalView> professionals) {
		return professionals.stream()
			.map(professional -> new FindPage.CareRow(professional.name(), professional.kind().messageKey(),
					professional.credentials(), professional.practice(),
					joined(professional.streetAddress(), professional.city(), professional.region(),
							professional.postalCode()),
					distance(professional.distanceKm()), professional.phone(), PhoneLinks.tel(professional.phone()),
					professional.website(), Language.nativeNamesOf(professional.languages()),
					professional.iblceNumber(), professional.telehealth()))
			.toList();
	}

	/**
	 * The next meeting in the visitor's zone when known, else the group's, naming the
	 * zone.
	 */
	private @Nullable String next(@Nullable Occurrence next) {
		if (next == null) {
			return null;
		}
		Occurrence shown = (this.query.visitorZone() == null) ? next : next.seenFrom(this.query.visitorZone());
		return this.page.t("find.next-meeting", this.times.when(shown.start(), shown.end()),
				this.times.zone(shown.start()));
	}

	/** "12.3 miles away" in the visitor's unit and number format. */
	private @Nullable String distance(@Nullable Double km) {
		return (km == null) ? null : this.page.t(this.unit.distanceKey(), this.number.format(this.unit.fromKm(km)));
	}

	private static String joined(@Nullable String... parts) {
		return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
	}

	private List<FindPage.Row> rows(List<FoundGroup> groups) {
		return groups.stream()
			.map(group -> new FindPage.Row(group.name(), "/groups/" + group.slug(),
					joined(group.city(), group.country()), distance(group.distanceKm()),
					Language.nativeNamesOf(group.languages()),
					group.point() == null ? null : coordinate(group.point().latitude()),
					group.point() == null ? null : coordinate(group.point().longitude()), next(group.next())))
			.toList();
	}

	/** Degrees to five decimals (about a metre), for the map's data attributes. */
	private static String coordinate(double degrees) {
		return java.math.BigDecimal.valueOf(degrees).setScale(5, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
