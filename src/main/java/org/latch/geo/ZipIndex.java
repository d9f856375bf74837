package org.latch.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Centroids of the US ZIP Code Tabulation Areas, indexed by the five-digit code itself:
 * two arrays of 100,000 doubles (1.6 MB) answer in constant time with no hashing or
 * boxing.
 */
final class ZipIndex {

	static final String RESOURCE = "geo/us-zips.csv.gz";

	private static final int CODES = 100_000;

	private final double[] latitudes = new double[CODES];

	private final double[] longitudes = new double[CODES];

	private int size;

	private ZipIndex() {
		Arrays.fill(this.latitudes, Double.NaN);
	}

	static ZipIndex load() {
		ZipIndex index = new ZipIndex();
		GzipCsv.read(RESOURCE, index::add);
		return index;
	}

	private void add(List<String> record) {
		int code = Integer.parseInt(record.get(0));
		this.latitudes[code] = Double.parseDouble(record.get(1));
		this.longitudes[code] = Double.parseDouble(record.get(2));
		this.size++;
	}

	/** The centroid of a five-digit ZIP code, if the Census Bureau lists it. */
	Optional<GeoPoint> find(String fiveDigits) {
		if (fiveDigits.length() != 5 || !fiveDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		int code = Integer.parseInt(fiveDigits);
		double latitude = this.latitudes[code];
		return Double.isNaN(latitude) ? Optional.empty() : Optional.of(new GeoPoint(latitude, this.longitudes[code]));
	}

	int size() {
		return this.size;
	}

}
