package org.latch.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled GeoNames places ({@code geo/places.csv.gz}), drawn at random in proportion
 * to their population: where people live, and so where groups meet and families search.
 */
final class BenchmarkPlaces {

	/** One populated place. */
	record Town(String name, String country, String admin1, double latitude, double longitude, int population) {
	}

	private final List<Town> towns;

	/** Running sum of populations, for drawing a town by population. */
	private final long[] cumulative;

	private BenchmarkPlaces(List<Town> towns) {
		this.towns = towns;
		this.cumulative = new long[towns.size()];
		long sum = 0;
		for (int i = 0; i < towns.size(); i++) {
			sum += Math.max(1, towns.get(i).population());
			this.cumulative[i] = sum;
		}
	}

	static BenchmarkPlaces load() {
		InputStream raw = Objects.requireNonNull(
				BenchmarkPlaces.class.getClassLoader().getResourceAsStream("geo/places.csv.gz"), "geo/places.csv.gz");
		List<Town> towns = new ArrayList<>(140_000);
		try (Reader reader = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				towns.add(new Town(row.get("name"), row.get("country"), row.get("admin1"),
						Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")),
						Integer.parseInt(row.get("population"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BenchmarkPlaces(List.copyOf(towns));
	}

	/** A town, more likely the more people live there. */
	Town draw(RandomGenerator random) {
		long ticket = random.nextLong(this.cumulative[this.cumulative.length - 1]);
		int found = Arrays.binarySearch(this.cumulative, ticket + 1);
		return this.towns.get((found >= 0) ? found : -found - 1);
	}

	int size() {
		return this.towns.size();
	}

}
