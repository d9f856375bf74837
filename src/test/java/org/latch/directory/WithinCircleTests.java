package org.latch.directory;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link WithinCircle} finds exactly the places Lucene's own distance query finds, and
 * its walk finds the nearest of them in order: around random towns, across the date line,
 * at the poles, from a few metres to thousands of kilometres.
 */
class WithinCircleTests {

	private static final String FIELD = "location";

	private static final double[][] CROWDS = { { 42.36, -71.06 }, { 0.0, 179.95 }, { 0.0, -179.95 }, { 89.95, 20.0 },
			{ -89.95, -150.0 }, { -23.55, -46.63 } };

	private static final String ID = "id";

	private static final String THIRDS = "thirds";

	private static final String FIFTHS = "fifths";

	private static final double[][] POINTS = new double[20_000][2];

	private static IndexSearcher searcher;

	@BeforeAll
	static void index() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Random random = new Random(7);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int i = 0; i < 20_000; i++) {
				// Half spread over the globe, half crowded near a few places, the edges
				// among them.
				double latitude;
				double longitude;
				if (i % 2 == 0) {
					latitude = random.nextDouble(-90, 90);
					longitude = random.nextDouble(-180, 180);
				}
				else {
					double[] centre = CROWDS[(i / 2) % CROWDS.length];
					latitude = Math.clamp(centre[0] + random.nextGaussian() * 0.5, -90, 90);
					longitude = wrap(centre[1] + random.nextGaussian() * 0.5);
				}
				POINTS[i][0] = latitude;
				POINTS[i][1] = longitude;
				Document document = new Document();
				document.add(new SortedSetDocValuesField(ID, new BytesRef(Integer.toString(i))));
				document.add(new LatLonPoint(FIELD, latitude, longitude));
				document.add(new LatLonDocValuesField(FIELD, latitude, longitude));
				// Two more trees, as a group's places per meeting day: every third point,
				// every fifth, and every fifteenth in both.
				if (i % 3 == 0) {
					document.add(new LatLonPoint(THIRDS, latitude, longitude));
				}
				if (i % 5 == 0) {
					document.add(new LatLonPoint(FIFTHS, latitude, longitude));
				}
				writer.addDocument(document);
			}
			writer.forceMerge(2);
		}
		searcher = new IndexSearcher(DirectoryReader.open(directory));
		searcher.setQueryCache(null);
	}

	@ParameterizedTest
	@CsvSource({ "42.36, -71.06, 40000", "42.36, -71.06, 5", "0.0, 179.95, 60000", "0.0, -179.95, 200000",
			"89.95, 20.0, 80000", "-89.95, -150.0, 300000", "-23.55, -46.63, 1", "10.0, 10.0, 5000000" })
	void findsWhatLucenesDistanceQueryFinds(double latitude, double longitude, double meters) throws IOException {
		Set<Integer> expected = matches(LatLonPoint.newDistanceQuery(FIELD, latitude, longitude, meters));

		assertThat(matches(WithinCircle.of(FIELD, latitude, longitude, meters))).isEqualTo(expected);
	}

	@Test
	void findsWhatLucenesDistanceQueryFindsAroundRandomPoints() throws IOException {
		Random random = new Random(11);
		int found = 0;
		for (int i = 0; i < 300; i++) {
			double[] centre = CROWDS[random.nextInt(CROWDS.length)];
			double latitude = Math.clamp(centre[0] + random.nextGaussian(), -90, 90);
			double longitude = wrap(centre[1] + random.nextGaussian());
			double meters = Math.pow(10, random.nextDouble(2, 6.5));
			Set<Integer> expected = matches(LatLonPoint.newDistanceQuery(FIELD, latitude, longitude, meters));
			assertThat(matches(WithinCircle.of(FIELD, latitude, longitude, meters)))
				.as("%s, %s within %s m", latitude, longitude, meters)
				.isEqualTo(expected);
			found += expected.size();
		}
		assertThat(found).as("places found in all").isGreaterThan(10_000);
	}

	@Test
	void theWalkFindsTheNearestPointsInsideTheCircleInOrder() throws IOException {
		assertTheWalkFindsTheNearest(List.of(FIELD), point -> true, 13);
	}

	@Test
	void theWalkThroughSeveralTreesFindsTheNearestOfAllOnceEach() throws IOException {
		assertTheWalkFindsTheNearest(List.of(THIRDS, FIFTHS), point -> point % 3 == 0 || point % 5 == 0, 17);
	}

	private static void assertTheWalkFindsTheNearest(List<String> fields, IntPredicate inFields, long seed)
			throws IOException {
		Random random = new Random(seed);
		for (int i = 0; i < 300; i++) {
			double[] centre = CROWDS[random.nextInt(CROWDS.length)];
			double latitude = Math.clamp(centre[0] + random.nextGaussian(), -90, 90);
			double longitude = wrap(centre[1] + random.nextGaussian());
			double meters = Math.pow(10, random.nextDouble(3, 7));
			int count = List.of(1, 21, 400).get(random.nextInt(3));
			List<Double> expected = IntStream.range(0, POINTS.length)
				.filter(inFields)
				.mapToObj(p -> distance(p, latitude, longitude))
				.filter(d -> d <= meters)
				.sorted()
				.limit(count)
				.toList();
			List<WithinCircle.Nearby> found = WithinCircle.nearest(searcher, fields, ID, latitude, longitude, meters,
					count);
			// Distances, not ids: points piled on a pole tie to within a nanometre.
			String where = latitude + ", " + longitude + ": " + count + " nearest within " + meters + " m";
			assertThat(found).as(where).hasSameSizeAs(expected);
			for (int n = 0; n < found.size(); n++) {
				WithinCircle.Nearby place = found.get(n);
				assertThat(place.meters()).as(where).isCloseTo(expected.get(n), within(0.01));
				assertThat(distance(Integer.parseInt(place.id()), latitude, longitude)).as(where)
					.isCloseTo(place.meters(), within(0.01));
				assertThat(inFields.test(Integer.parseInt(place.id()))).as(where).isTrue();
			}
			assertThat(found.stream().map(WithinCircle.Nearby::id).distinct()).as(where).hasSameSizeAs(found);
		}
	}

	private static double distance(int point, double latitude, double longitude) {
		return SloppyMath.haversinMeters(latitude, longitude,
				GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(POINTS[point][0])),
				GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(POINTS[point][1])));
	}

	@Test
	void refusesAPointOffTheGlobe() {
		assertThatIllegalArgumentException().isThrownBy(() -> WithinCircle.of(FIELD, 91, 0, 1000));
	}

	private static Set<Integer> matches(Query query) throws IOException {
		Set<Integer> docs = new HashSet<>();
		for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
			docs.add(hit.doc);
		}
		return docs;
	}

	private static double wrap(double longitude) {
		return (longitude >= 180) ? longitude - 360 : (longitude < -180) ? longitude + 360 : longitude;
	}

}
