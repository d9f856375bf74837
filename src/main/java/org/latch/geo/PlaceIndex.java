package org.latch.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The bundled GeoNames places, searchable by {@link NameKey}. Every main name and
 * alternate name becomes one entry of a sorted array of keys, so an exact name and a
 * typed prefix are both a binary search followed by a short scan. Places live in parallel
 * primitive arrays rather than objects to keep the heap small; {@link Place} records are
 * made only for answers.
 */
final class PlaceIndex {

	static final String RESOURCE = "geo/places.csv.gz";

	private final List<String> names = new ArrayList<>(140_000);

	private final List<String> countries = new ArrayList<>(140_000);

	private final List<String> admin1s = new ArrayList<>(140_000);

	private double[] latitudes = new double[140_000];

	private double[] longitudes = new double[140_000];

	private int[] populations = new int[140_000];

	/** Sorted by key; for one key main names first, then the most populous. */
	private String[] keys = new String[0];

	private int[] keyPlaces = new int[0];

	private String[] keyLabels = new String[0];

	private boolean[] keyIsAlias = new boolean[0];

	/** Places ordered by latitude, so the nearest one is found without a full scan. */
	private int[] byLatitude = new int[0];

	private double[] sortedLatitudes = new double[0];

	private PlaceIndex() {
	}

	static PlaceIndex load() {
		PlaceIndex index = new PlaceIndex();
		List<Entry> entries = new ArrayList<>(400_000);
		GzipCsv.read(RESOURCE, record -> index.add(record, entries));
		index.seal(entries);
		return index;
	}

	private void add(List<String> record, List<Entry> entries) {
		int place = this.names.size();
		if (place == this.latitudes.length) {
			this.latitudes = Arrays.copyOf(this.latitudes, place * 2);
			this.longitudes = Arrays.copyOf(this.longitudes, place * 2);
			this.populations = Arrays.copyOf(this.populations, place * 2);
		}
		String name = record.get(0);
		this.names.add(name);
		// a few hundred distinct codes for 135,000 places: share them
		this.countries.add(record.get(1).intern());
		this.admin1s.add(record.get(2).intern());
		this.latitudes[place] = Double.parseDouble(record.get(3));
		this.longitudes[place] = Double.parseDouble(record.get(4));
		this.populations[place] = Integer.parseInt(record.get(5));
		String key = NameKey.of(name);
		if (!key.isEmpty()) {
			entries.add(new Entry(key, place, name, false));
		}
		if (record.size() > 6 && !record.get(6).isEmpty()) {
			for (String alias : record.get(6).split("\\|")) {
				String aliasKey = NameKey.of(alias);
				if (!aliasKey.isEmpty()) {
					entries.add(new Entry(aliasKey, place, alias, true));
				}
			}
		}
	}

	private void seal(List<Entry> entries) {
		entries.sort(this::order);
		int size = entries.size();
		this.keys = new String[size];
		this.keyPlaces = new int[size];
		this.keyLabels = new String[size];
		this.keyIsAlias = new boolean[size];
		for (int i = 0; i < size; i++) {
			Entry entry = entries.get(i);
			this.keys[i] = entry.key();
			this.keyPlaces[i] = entry.place();
			this.keyLabels[i] = entry.label();
			this.keyIsAlias[i] = entry.alias();
		}
		int places = this.names.size();
		this.latitudes = Arrays.copyOf(this.latitudes, places);
		this.longitudes = Arrays.copyOf(this.longitudes, places);
		this.populations = Arrays.copyOf(this.populations, places);
		double[] latitudes = this.latitudes;
		this.byLatitude = java.util.stream.IntStream.range(0, places)
			.boxed()
			.sorted(java.util.Comparator.comparingDouble(place -> latitudes[place]))
			.mapToInt(Integer::intValue)
			.toArray();
		this.sortedLatitudes = Arrays.stream(this.byLatitude).mapToDouble(place -> latitudes[place]).toArray();
	}

	/**
	 * The place whose name has exactly this key and whose country and division satisfy
	 * {@code where}: a main name before an alternate name, then the most populous.
	 */
	Optional<Place> best(String key, BiPredicate<String, String> where) {
		for (int i = lowerBound(key); i < this.keys.length && this.keys[i].equals(key); i++) {
			if (where.test(this.countries.get(this.keyPlaces[i]), this.admin1s.get(this.keyPlaces[i]))) {
				return Optional.of(place(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * Up to {@code limit} places whose name starts with {@code prefix}, most populous
	 * first, each place once (under its main name when that matches too).
	 */
	List<Place> startingWith(String prefix, int limit, BiPredicate<String, String> where) {
		return top(prefix, key -> key.startsWith(prefix), limit, where);
	}

	/** Up to {@code limit} places with exactly this name key, most populous first. */
	List<Place> named(String key, int limit, BiPredicate<String, String> where) {
		return top(key, key::equals, limit, where);
	}

	private List<Place> top(String from, Predicate<String> fits, int limit, BiPredicate<String, String> where) {
		TopPlaces top = new TopPlaces(limit, this.keyPlaces, this.populations, this.keyIsAlias);
		for (int i = lowerBound(from); i < this.keys.length && fits.test(this.keys[i]); i++) {
			int place = this.keyPlaces[i];
			if (where.test(this.countries.get(place), this.admin1s.get(place))) {
				top.offer(i);
			}
		}
		return Arrays.stream(top.entries()).mapToObj(this::place).toList();
	}

	/** The most populous place whose country and division satisfy {@code where}. */
	Optional<Place> largest(BiPredicate<String, String> where) {
		int best = -1;
		for (int place = 0; place < this.names.size(); place++) {
			if ((best < 0 || this.populations[place] > this.populations[best])
					&& where.test(this.countries.get(place), this.admin1s.get(place))) {
				best = place;
			}
		}
		return (best < 0) ? Optional.empty() : Optional.of(place(best, this.names.get(best)));
	}

	/** The place closest to {@code point}. */
	Optional<Place> nearest(GeoPoint point) {
		// Comparing equirectangular distances needs no trigonometry per place and picks
		// the haversine winner except at hair-thin margins. Walking outwards from the
		// point's latitude stops once the latitude gap alone exceeds the best distance.
		double scale = Math.cos(Math.toRadians(point.latitude()));
		int best = -1;
		double bestDistance = Double.MAX_VALUE;
		int start = Arrays.binarySearch(this.sortedLatitudes, point.latitude());
		int up = (start < 0) ? -start - 1 : start;
		int down = up - 1;
		while (up < this.byLatitude.length || down >= 0) {
			double gapUp = (up < this.byLatitude.length) ? this.sortedLatitudes[up] - point.latitude()
					: Double.MAX_VALUE;
			double gapDown = (down >= 0) ? point.latitude() - this.sortedLatitudes[down] : Double.MAX_VALUE;
			boolean goUp = gapUp <= gapDown;
			double gap = goUp ? gapUp : gapDown;
			if (gap * gap >= bestDistance) {
				break;
			}
			int place = this.byLatitude[goUp ? up++ : down--];
			double dLon = Math.abs(this.longitudes[place] - point.longitude());
			dLon = Math.min(dLon, 360 - dLon) * scale;
			double distance = gap * gap + dLon * dLon;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = place;
			}
		}
		return (best < 0) ? Optional.empty() : Optional.of(place(best, this.names.get(best)));
	}

	int places() {
		return this.names.size();
	}

	int keys() {
		return this.keys.length;
	}

	private Place place(int entry) {
		return place(this.keyPlaces[entry], this.keyLabels[entry]);
	}

	private Place place(int place, String label) {
		return new Place(label, this.countries.get(place), this.admin1s.get(place),
				new GeoPoint(this.latitudes[place], this.longitudes[place]), this.populations[place]);
	}

	private int order(Entry one, Entry other) {
		int byKey = one.key().compareTo(other.key());
		if (byKey != 0) {
			return byKey;
		}
		if (one.alias() != other.alias()) {
			return one.alias() ? 1 : -1;
		}
		return Integer.compare(this.populations[other.place()], this.populations[one.place()]);
	}

	private int lowerBound(String key) {
		int low = 0;
		int high = this.keys.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.keys[middle].compareTo(key) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private record Entry(String key, int place, String label, boolean alias) {
	}

}
