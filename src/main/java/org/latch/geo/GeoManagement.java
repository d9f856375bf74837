package org.latch.geo;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The geo module's facade: turns what a person typed (a US ZIP code, a place name
 * anywhere, a "lat,lon" pair) into a point, and suggests places as they type. Everything
 * comes from data bundled in the application; nothing leaves the machine. Bad input is
 * never an error: it finds nothing.
 */
@Service
public class GeoManagement {

	/** Longer text is no place name; refusing it keeps every call cheap. */
	static final int MAX_INPUT = 200;

	static final int MAX_SUGGESTIONS = 20;

	private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:-\\d{4})?");

	// The indexes load on first use rather than at startup. Most application contexts
	// (tests, admin tasks, a node that only sends emails) never geocode and should not
	// pay for it: the places take 1 to 2 s of CPU in a fresh JVM and 45 MB of heap
	// (135,000 places under 320,000 names), ZIP codes 0.15 s and 2 MB (measured on a
	// 2-core machine). The one visitor who triggers the load waits once, and ZIP searches
	// never load the places. Concurrent first calls share one load.
	private final Supplier<ZipIndex> zips = new OnFirstUse<>(ZipIndex::load);

	private final Supplier<PlaceLookup> places = new OnFirstUse<>(() -> new PlaceLookup(PlaceIndex.load()));

	/**
	 * The point for a US ZIP code ("02126", "02126-1234"), a latitude-longitude pair in
	 * decimal degrees ("42.36,-71.06", "42.36 -71.06") or a place name, accents and case
	 * optional, optionally qualified after a comma by a country or US state, as code or
	 * name ("Portland, ME", "Paris, FR", "São Paulo, Brazil"). Of several places with the
	 * name, the most populous.
	 */
	public Optional<GeoPoint> locate(@Nullable String query) {
		String text = clean(query);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		var zip = ZIP.matcher(text);
		if (zip.matches()) {
			return this.zips.get().find(zip.group(1));
		}
		if (Coordinates.looksLikePair(text)) {
			return Coordinates.parse(text);
		}
		return this.places.get().find(text).map(Place::point);
	}

	/**
	 * Places whose name starts with what was typed, most populous first, at most
	 * {@code limit} (capped at 20); none for fewer than two letters. After a comma the
	 * name is taken as complete and the rest narrows it by country or US state
	 * ("Portland, O").
	 */
	public List<Place> suggest(@Nullable String prefix, int limit) {
		String text = clean(prefix);
		if (text.isEmpty() || limit <= 0) {
			return List.of();
		}
		return this.places.get().suggest(text, Math.min(limit, MAX_SUGGESTIONS));
	}

	/**
	 * The bundled place closest to a point, e.g. to name the town of a shared location.
	 */
	public Optional<Place> nearestPlace(@Nullable GeoPoint point) {
		return (point != null) ? this.places.get().nearest(point) : Optional.empty();
	}

	/**
	 * The most populous bundled place of a country (ISO 3166 alpha-2), or of a US state
	 * when {@code region} names one ("Ohio" gives Columbus): a stand-in point for an
	 * organization known only by its country and region.
	 */
	public Optional<Place> largestPlace(@Nullable String country, @Nullable String region) {
		if (country == null || country.length() != 2) {
			return Optional.empty();
		}
		String code = country.toUpperCase(java.util.Locale.ROOT);
		String state = ("US".equals(code) && region != null && region.length() <= MAX_INPUT)
				? java.util.Arrays.stream(UsState.values())
					.filter(s -> s.key().equals(NameKey.of(region)) || s.name().equalsIgnoreCase(region.strip()))
					.map(UsState::name)
					.findFirst()
					.orElse("")
				: "";
		return this.places.get()
			.largest((placeCountry, admin1) -> placeCountry.equals(code) && (state.isEmpty() || state.equals(admin1)));
	}

	private static String clean(@Nullable String text) {
		if (text == null || text.length() > MAX_INPUT) {
			return "";
		}
		return text.strip();
	}

}
