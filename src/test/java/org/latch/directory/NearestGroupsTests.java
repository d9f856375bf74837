package org.latch.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Where groups are dense, a search takes the page from the point tree of places where
 * groups meet in person (decisions 19 and 20): every page must still hold exactly the
 * groups a full sort by distance would put there, and the page must say when more groups
 * meet than it counted.
 */
@LatchWebTest
class NearestGroupsTests {

	private static final int RADIUS_KM = 30;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MockMvc mvc;

	String tag;

	/**
	 * Each test searches its own stretch of the South Pacific, where no other test has
	 * groups.
	 */
	GeoPoint centre;

	final List<Placed> groups = new ArrayList<>();

	@BeforeEach
	void uniqueWord() {
		this.tag = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@Test
	void everyPageHoldsTheNearestGroupsMeetingInPersonAmongOtherPlaces() {
		this.centre = new GeoPoint(-48, -120);
		// Areas and online groups with a place near the centre, which the search does
		// not want; groups near the centre, near the edge of the circle and outside it.
		Random random = new Random(7);
		others(30, random);
		online(10, random);
		place(8, 0.0, 0.3, random);
		place(60, 0.97, 0.995, random);
		place(5, 1.05, 1.5, random);

		List<String> expected = nearestNames();
		assertThat(expected).hasSize(68);
		int pages = pages(expected.size());
		for (int page = 1; page <= pages; page++) {
			assertThat(find(page).inPerson()).extracting(FoundGroup::name)
				.as("page %d", page)
				.containsExactlyElementsOf(slice(expected, page));
		}
		FindResults last = find(pages);
		assertThat(last.inPersonTotalExact()).isTrue();
		assertThat(last.inPersonTotal()).isEqualTo(expected.size());
		assertThat(last.hasNext()).isFalse();
		assertThat(find(pages + 1).inPerson()).isEmpty();
	}

	@Test
	void aGroupThatMovesOrGoesOnlineLeavesItsPlaceAtOnce(@Autowired GroupEditing editing) {
		this.centre = new GeoPoint(-48, -90);
		Random random = new Random(17);
		place(30, 0.2, 0.99, random);
		UnitId nearest = this.directory
			.add(new NewUnit(null, UnitKind.GROUP, "nearest-" + this.tag, "Nearest " + this.tag, "US", null, "Pacific",
					this.centre.latitude(), this.centre.longitude(), false, List.of("en")));
		UnitId second = this.directory.add(new NewUnit(null, UnitKind.GROUP, "second-" + this.tag, "Second " + this.tag,
				"US", null, "Pacific", this.centre.latitude() + 0.001, this.centre.longitude(), false, List.of("en")));
		assertThat(find(1).inPerson()).extracting(FoundGroup::name)
			.startsWith("Nearest " + this.tag, "Second " + this.tag);

		Reach everywhere = new Reach(true, Set.of(), List.of());
		GroupInput first = editing.input(everywhere, nearest.value());
		editing.update(everywhere, nearest.value(), new GroupInput(first.name(), first.country(), first.region(),
				first.city(), null, null, true, first.languages(), first.profile()));
		GroupInput next = editing.input(everywhere, second.value());
		editing.update(everywhere, second.value(), new GroupInput(next.name(), next.country(), next.region(),
				next.city(), this.centre.latitude() + 5, next.longitude(), false, next.languages(), next.profile()));

		assertThat(find(1).inPerson()).extracting(FoundGroup::name)
			.doesNotContain("Nearest " + this.tag, "Second " + this.tag)
			.containsExactlyElementsOf(slice(nearestNames(), 1));
	}

	@Test
	void whereGroupsAreDenseThePageSaysMoreMeetAndListsTheNearest() throws Exception {
		this.centre = new GeoPoint(-48, -110);
		Random random = new Random(11);
		place(100, 0.0, 0.99, random);

		List<String> expected = nearestNames();
		FindResults first = find(1);
		assertThat(first.inPersonTotalExact()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(page()).contains("the nearest are listed first, and more meet within this distance")
			.doesNotContain("Groups found: " + first.inPersonTotal());
		assertThat(page("lang", "es")).contains("primero los más cercanos, y hay más dentro de esta distancia");
		int pages = pages(expected.size());
		for (int page = 1; page <= pages; page++) {
			assertThat(find(page).inPerson()).extracting(FoundGroup::name)
				.as("page %d", page)
				.containsExactlyElementsOf(slice(expected, page));
		}
		assertThat(find(pages).hasNext()).isFalse();
		assertThat(page("page", String.valueOf(pages))).contains("Groups found: " + expected.size() + "<");
	}

	@Test
	void fewerGroupsThanAPageAreCountedExactly() throws Exception {
		this.centre = new GeoPoint(-48, -100);
		Random random = new Random(13);
		place(15, 0.0, 0.99, random);
		place(10, 1.01, 2, random);

		FindResults first = find(1);
		assertThat(first.inPersonTotalExact()).isTrue();
		assertThat(first.inPersonTotal()).isEqualTo(15);
		assertThat(first.hasNext()).isFalse();
		assertThat(first.inPerson()).extracting(FoundGroup::name).containsExactlyElementsOf(nearestNames());
		assertThat(page()).contains("Groups found: 15<");
	}

	@Test
	void aSearchWithAWordAndALanguageWalksOnlyToTheGroupsItWants() {
		this.centre = new GeoPoint(-48, -80);
		Random random = new Random(19);
		List<String> wanted = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			GeoPoint point = at(random.nextDouble() * 0.99, random);
			boolean spanish = i % 3 == 0;
			String name = (spanish ? "Círculo " : "Circle ") + i + " " + this.tag;
			this.directory.add(new NewUnit(null, UnitKind.GROUP, "w" + i + "-" + this.tag, name, "US", null, "Pacific",
					point.latitude(), point.longitude(), false, List.of(spanish ? "es" : "en")));
			this.groups.add(new Placed(name, this.centre.distanceKm(point)));
			if (spanish) {
				wanted.add(name);
			}
		}
		List<String> expected = nearestNames().stream().filter(wanted::contains).toList();
		assertThat(expected).hasSize(30);

		// Accents folded: "circulo" finds "Círculo"; the language leaves out the others.
		for (int page = 1; page <= 2; page++) {
			FindResults found = this.directory.findGroups(
					new FindQuery("circulo " + this.tag, this.centre, RADIUS_KM, "es", FindMode.IN_PERSON, page));
			assertThat(found.inPerson()).extracting(FoundGroup::name)
				.as("page %d", page)
				.containsExactlyElementsOf(slice(expected, page));
		}
		FindResults english = this.directory
			.findGroups(new FindQuery(this.tag, this.centre, RADIUS_KM, "en", FindMode.IN_PERSON, 1));
		assertThat(english.inPerson()).extracting(FoundGroup::name)
			.containsExactlyElementsOf(
					slice(nearestNames().stream().filter(name -> !wanted.contains(name)).toList(), 1));
		assertThat(english.hasNext()).isTrue();
	}

	@Test
	void aWordFewGroupsHaveIsFoundInTheNameTownOrDescriptionOfTheNearestThatHaveIt(@Autowired GroupEditing editing) {
		// A corner of the grid of word cells: the circle spans four of them.
		this.centre = new GeoPoint(-46, -100);
		Random random = new Random(23);
		place(80, 0.0, 1.0, random);
		String word = "z" + this.tag;
		UnitId inName = rare("Círculo " + word, "Pacific", 0.6, random);
		UnitId inTown = rare("Town group", "Pacific " + word.toUpperCase(java.util.Locale.ROOT), 0.2, random);
		UnitId described = rare("Described group", "Pacific", 0.9, random);
		this.directory.describe(described,
				new UnitProfile(null, null, null, null, null, Map.of("fr", "Soutien " + word + " le soir.")));
		rare("Too far " + word, "Pacific", 1.2, random);
		online(1, random);
		this.directory.add(new NewUnit(null, UnitKind.AREA, "area-" + word, "Area " + word, "US", null, "Pacific",
				this.centre.latitude(), this.centre.longitude(), false, List.of("en")));

		assertThat(found(word)).containsExactlyElementsOf(names(inTown, inName, described));
		assertThat(found("pacific " + word)).containsExactlyElementsOf(names(inTown, inName, described));
		assertThat(found("soir " + word)).containsExactlyElementsOf(names(described));

		// The index follows a rename and a new description at once.
		Reach everywhere = new Reach(true, Set.of(), List.of());
		GroupInput before = editing.input(everywhere, inName.value());
		editing.update(everywhere, inName.value(), new GroupInput("Circle renamed", before.country(), before.region(),
				before.city(), before.latitude(), before.longitude(), false, before.languages(), before.profile()));
		this.directory.describe(described, UnitProfile.EMPTY);
		assertThat(found(word)).containsExactlyElementsOf(names(inTown));
	}

	/**
	 * A group with the given name and town at a fraction of the radius from the centre.
	 */
	private UnitId rare(String name, String town, double fraction, Random random) {
		GeoPoint point = at(fraction, random);
		String slug = "r" + this.groups.size() + "-" + this.tag;
		UnitId id = this.directory.add(new NewUnit(null, UnitKind.GROUP, slug, name, "US", null, town, point.latitude(),
				point.longitude(), false, List.of("en")));
		this.groups.add(new Placed(name, this.centre.distanceKm(point)));
		return id;
	}

	private List<String> names(UnitId... ids) {
		return java.util.Arrays.stream(ids)
			.map(id -> this.directory.find(id).orElseThrow().name())
			.sorted(Comparator.comparingDouble(name -> this.groups.stream()
				.filter(group -> group.name().equals(name))
				.findFirst()
				.orElseThrow()
				.km()))
			.toList();
	}

	private List<String> found(String words) {
		return this.directory.findGroups(new FindQuery(words, this.centre, RADIUS_KM, null, FindMode.IN_PERSON, 1))
			.inPerson()
			.stream()
			.map(FoundGroup::name)
			.toList();
	}

	private static int pages(int groups) {
		return (groups + GroupSearch.PAGE_SIZE - 1) / GroupSearch.PAGE_SIZE;
	}

	/** Online groups with a place near the centre. */
	private void online(int count, Random random) {
		for (int i = 0; i < count; i++) {
			GeoPoint point = at(0.4 * random.nextDouble(), random);
			String name = "Online " + i + " " + this.tag;
			this.directory.add(new NewUnit(null, UnitKind.GROUP, name.toLowerCase().replace(' ', '-'), name, "US", null,
					"Pacific", point.latitude(), point.longitude(), true, List.of("en")));
		}
	}

	/** Areas with a place near the centre: places, but not groups. */
	private void others(int count, Random random) {
		for (int i = 0; i < count; i++) {
			GeoPoint point = at(0.4 * random.nextDouble(), random);
			String name = "Area " + i + " " + this.tag;
			this.directory.add(new NewUnit(null, UnitKind.AREA, name.toLowerCase().replace(' ', '-'), name, "US", null,
					null, point.latitude(), point.longitude(), false, List.of("en")));
		}
	}

	private GeoPoint at(double fraction, Random random) {
		double km = RADIUS_KM * fraction;
		double bearing = 2 * Math.PI * random.nextDouble();
		return new GeoPoint(this.centre.latitude() + km * Math.cos(bearing) / 111.2, this.centre.longitude()
				+ km * Math.sin(bearing) / (111.2 * Math.cos(Math.toRadians(this.centre.latitude()))));
	}

	/**
	 * Groups at random bearings between two fractions of the radius from the centre. A
	 * search for nearby groups with no word, language, day or time takes its page from
	 * the nearest places; the test's remote centre keeps other tests' groups out of them.
	 */
	private void place(int count, double from, double to, Random random) {
		for (int i = 0; i < count; i++) {
			GeoPoint point = at(from + (to - from) * random.nextDouble(), random);
			String name = "Circle " + this.groups.size() + " " + this.tag;
			this.directory.add(new NewUnit(null, UnitKind.GROUP, name.toLowerCase().replace(' ', '-'), name, "US", null,
					"Pacific", point.latitude(), point.longitude(), false, List.of("en")));
			this.groups.add(new Placed(name, this.centre.distanceKm(point)));
		}
	}

	private List<String> nearestNames() {
		return this.groups.stream()
			.filter(group -> group.km() <= RADIUS_KM)
			.sorted(Comparator.comparingDouble(Placed::km))
			.map(Placed::name)
			.toList();
	}

	private static List<String> slice(List<String> names, int page) {
		int from = Math.min(names.size(), (page - 1) * GroupSearch.PAGE_SIZE);
		return names.subList(from, Math.min(names.size(), from + GroupSearch.PAGE_SIZE));
	}

	private FindResults find(int page) {
		return this.directory.findGroups(new FindQuery(null, this.centre, RADIUS_KM, null, FindMode.IN_PERSON, page));
	}

	private String page(String... extra) throws Exception {
		var request = get("/find").param("near", this.centre.latitude() + "," + this.centre.longitude())
			.param("radius", String.valueOf(RADIUS_KM))
			.param("unit", "km")
			.param("mode", "in-person");
		for (int i = 0; i < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private record Placed(String name, double km) {
	}

}
