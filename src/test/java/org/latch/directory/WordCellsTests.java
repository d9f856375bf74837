package org.latch.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search for words near a point, answered from the words of the cells around it
 * ({@link WordCells}, decision 38), finds exactly the nearest groups that have all the
 * words, as reading every group would: around random points, across the date line and the
 * grid's lines, with accents folded; and words the cells cannot answer exactly are left
 * to the walk.
 */
class WordCellsTests {

	private static final List<String> WORDS = List.of("lactancia", "apoyo", "São", "Paulo", "allaitement", "Ouest",
			"manman", "café", "twins", "soir");

	private static final double[][] CENTRES = { { 40.25, -73.75 }, { -23.5, -46.5 }, { -40.0, 179.9 },
			{ -40.0, -179.9 }, { 18.55, -72.3 } };

	private static final List<Group> GROUPS = new ArrayList<>();

	private static IndexSearcher searcher;

	private final NearestFilter filters = new NearestFilter(1);

	@BeforeAll
	static void index() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Random random = new Random(5);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int i = 0; i < 6_000; i++) {
				double[] centre = CENTRES[i % CENTRES.length];
				double latitude = centre[0] + random.nextGaussian() * 0.4;
				double longitude = wrap(centre[1] + random.nextGaussian() * 0.4);
				StringBuilder text = new StringBuilder();
				for (int w = 0; w < 3; w++) {
					String word = WORDS.get((int) (WORDS.size() * Math.pow(random.nextDouble(), 2)));
					text.append(' ').append(random.nextBoolean() ? word.toUpperCase() : word);
				}
				// As the index keeps the point (to about a centimetre).
				Group group = new Group(UUID.randomUUID().toString(),
						GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(latitude)),
						GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(longitude)), "Group " + i,
						text.toString().strip());
				GROUPS.add(group);
				Document document = new Document();
				document.add(new SortedSetDocValuesField(GroupSearch.MEETS_AT_ID, new BytesRef(group.id())));
				document.add(new LatLonDocValuesField(GroupSearch.LOCATION, latitude, longitude));
				for (String term : WordCells.terms(SearchAnalysis.FOLDED_ANALYZER, List.of(group.name(), group.text()),
						latitude, longitude)) {
					document.add(new StringField(WordCells.FIELD, term, Field.Store.NO));
				}
				writer.addDocument(document);
			}
			writer.forceMerge(3);
		}
		searcher = new IndexSearcher(DirectoryReader.open(directory));
		searcher.setQueryCache(null);
	}

	@Test
	void findsTheNearestGroupsWithAllTheWordsAsReadingEveryGroupWould() throws IOException {
		Random random = new Random(9);
		int found = 0;
		for (int i = 0; i < 400; i++) {
			double[] centre = CENTRES[random.nextInt(CENTRES.length)];
			double latitude = centre[0] + random.nextGaussian() * 0.3;
			double longitude = wrap(centre[1] + random.nextGaussian() * 0.3);
			double meters = 1000 * (5 + random.nextInt(60));
			String text = WORDS.get(random.nextInt(WORDS.size()))
					+ (random.nextBoolean() ? " " + WORDS.get(random.nextInt(WORDS.size())) : "");
			List<String> expected = nearest(text, latitude, longitude, meters, 21);

			List<WordCells.Cell> cells = WordCells.around(latitude, longitude, meters);
			NearestFilter.InCells words = inCells(query(text, latitude, longitude, meters), cells);
			List<String> actual = WithinCircle
				.nearestAmong(searcher, words.filter(), GroupSearch.LOCATION, GroupSearch.MEETS_AT_ID, latitude,
						longitude, meters, 21)
				.stream()
				.map(WithinCircle.Nearby::id)
				.toList();
			assertThat(actual).as("%s near %s, %s within %s m", text, latitude, longitude, meters).isEqualTo(expected);
			assertThat(words.most()).as("at most").isGreaterThanOrEqualTo(actual.size());
			found += actual.size();
		}
		assertThat(found).as("groups found in all").isGreaterThan(2_000);
	}

	@Test
	void aWordSearchAcrossTheDateLineFindsGroupsOnBothSides() throws IOException {
		List<String> nearest = nearest("lactancia", -40.0, 179.95, 30_000, 21);
		assertThat(GROUPS.stream().filter(group -> nearest.contains(group.id())).map(Group::longitude))
			.anyMatch(longitude -> longitude > 0)
			.anyMatch(longitude -> longitude < 0);
		NearestFilter.InCells words = inCells(query("lactancia", -40.0, 179.95, 30_000),
				WordCells.around(-40.0, 179.95, 30_000));
		assertThat(WithinCircle
			.nearestAmong(searcher, words.filter(), GroupSearch.LOCATION, GroupSearch.MEETS_AT_ID, -40.0, 179.95,
					30_000, 21)
			.stream()
			.map(WithinCircle.Nearby::id)).containsExactlyElementsOf(nearest);
	}

	@Test
	void everyPointOfACircleLiesInOneOfItsCells() {
		Random random = new Random(3);
		for (int i = 0; i < 2_000; i++) {
			double latitude = random.nextDouble(-60, 60);
			double longitude = random.nextDouble(-180, 180);
			double meters = 1000 * random.nextDouble(1, 60);
			List<WordCells.Cell> cells = WordCells.around(latitude, longitude, meters);
			assertThat(cells).isNotNull().hasSizeLessThanOrEqualTo(WordCells.MOST_CELLS);
			double bearing = random.nextDouble(2 * Math.PI);
			double km = meters / 1000 * random.nextDouble();
			GeoPoint inside = new GeoPoint(Math.clamp(latitude + km * Math.cos(bearing) / 111.3, -90, 90),
					wrap(longitude + km * Math.sin(bearing) / (111.3 * Math.cos(Math.toRadians(latitude)))));
			if (new GeoPoint(latitude, longitude).distanceKm(inside) * 1000 <= meters) {
				assertThat(cells).contains(WordCells.of(inside.latitude(), inside.longitude()));
			}
		}
	}

	@Test
	void circlesTooWideOrNearAPoleAreLeftToTheWalk() {
		assertThat(WordCells.around(89.9, 10, 50_000)).isNull();
		assertThat(WordCells.around(40, -100, 400_000)).isNull();
		assertThat(WordCells.around(40, -100, 40_000)).hasSizeBetween(4, 12);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "lactancia; true", "Sao Paulo; true", "SÃO paulo; true", "lactancia | allaitement; true",
					"café +soir; true", "tire-lait; false", "'\"lactancia apoyo\"'; false", "lact*; false",
					"apoyo -cafe; false", "lactancia~1; false" })
	void plainWordsAreAnsweredFromTheCellsAndOthersLeftToTheWalk(String text, boolean answered) throws IOException {
		assertThat(inCells(query(text, 40.25, -73.75, 20_000), WordCells.around(40.25, -73.75, 20_000)) != null)
			.as(text)
			.isEqualTo(answered);
	}

	private NearestFilter.@Nullable InCells inCells(FindQuery query, List<WordCells.Cell> cells) throws IOException {
		return this.filters.inCells(searcher.getIndexReader(), query, this.filters.words(query), cells);
	}

	/**
	 * The ids of the nearest groups having every word of the text, by reading them all.
	 */
	private static List<String> nearest(String text, double latitude, double longitude, double meters, int count) {
		List<String> words = List.of(fold(text).split(" "));
		return GROUPS.stream()
			.filter(group -> Set.copyOf(List.of(fold(group.name() + " " + group.text()).split(" "))).containsAll(words))
			.filter(group -> SloppyMath.haversinSortKey(latitude, longitude, group.latitude(),
					group.longitude()) <= GeoUtils.distanceQuerySortKey(meters))
			.sorted(Comparator.comparingDouble(
					group -> SloppyMath.haversinSortKey(latitude, longitude, group.latitude(), group.longitude())))
			.limit(count)
			.map(Group::id)
			.toList();
	}

	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	private static FindQuery query(String text, double latitude, double longitude, double meters) {
		return new FindQuery(text, new GeoPoint(latitude, longitude), (int) Math.ceil(meters / 1000), null,
				FindMode.IN_PERSON, 1);
	}

	private static double wrap(double longitude) {
		return (longitude > 180) ? longitude - 360 : (longitude < -180) ? longitude + 360 : longitude;
	}

	private record Group(String id, double latitude, double longitude, String name, String text) {
	}

}
