package org.latch.directory;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.latch.directory.BenchmarkPlaces.Town;
import org.latch.geo.GeoPoint;

/**
 * The "find support" search as families make it, through
 * {@link DirectoryManagement#findGroups} in the running application: near a populated
 * place (drawn by population from a fixed seed), 40 km, in person and online, with the
 * visitor's language and time zone, first page; alone, with a day and time of day, and
 * with a word; each search new, so that the cache of recent results does not answer it
 * ({@link #nearRepeated} measures that cache). Not a test: run it as docs/benchmarks.md
 * says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g", "-XX:+UseG1GC" })
public class GroupSearchBenchmark {

	private static final int QUERIES = 1024;

	private static final List<String> LANGUAGES = List.of("en", "en", "en", "es", "es", "pt-BR", "fr", "ht");

	/** Groups in the network (each with about three meetings). */
	@Param({ "100000" })
	public int places;

	private BenchmarkDirectory network;

	private DirectoryManagement directory;

	private final List<FindQuery> near = new ArrayList<>();

	private final List<FindQuery> nearDayAndTime = new ArrayList<>();

	private final List<FindQuery> nearWithWord = new ArrayList<>();

	private long next;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.network = BenchmarkDirectory.open(this.places);
		this.directory = this.network.directory();
		BenchmarkPlaces towns = BenchmarkPlaces.load();
		Random random = new Random(42);
		for (int i = 0; i < QUERIES; i++) {
			Town town = towns.draw(random);
			GeoPoint point = new GeoPoint(town.latitude(), town.longitude());
			String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
			ZoneId zone = ZoneId.of("Etc/GMT" + offset(town.longitude()));
			this.near.add(query(null, point, Set.of(), null, zone, language));
			this.nearDayAndTime.add(query(null, point, Set.of(DayOfWeek.of(1 + random.nextInt(7))),
					TimeOfDay.values()[random.nextInt(3)], zone, language));
			this.nearWithWord.add(query(BenchmarkWords.pick(language, random), point, Set.of(), null, zone, language));
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.network.close();
	}

	/** A search never asked before: a cache of recent results cannot answer it. */
	@Benchmark
	public FindResults near() {
		return this.directory.findGroups(following(this.near));
	}

	@Benchmark
	public FindResults nearDayAndTime() {
		return this.directory.findGroups(following(this.nearDayAndTime));
	}

	@Benchmark
	public FindResults nearWithWord() {
		return this.directory.findGroups(following(this.nearWithWord));
	}

	/** The same 64 searches over and over, as when many families search from one town. */
	@Benchmark
	public FindResults nearRepeated() {
		return this.directory.findGroups(this.near.get((int) (this.next++ % 64)));
	}

	/**
	 * The next search of the list, moved north by 0.1 mm times its number (100 m after a
	 * million), so that no search repeats, not even for a town drawn twice, and each
	 * costs what a new one costs.
	 */
	private FindQuery following(List<FindQuery> queries) {
		long n = this.next++;
		FindQuery base = queries.get((int) (n % QUERIES));
		GeoPoint moved = new GeoPoint(base.near().latitude() + n * 1e-9, base.near().longitude());
		return new FindQuery(base.text(), moved, base.radiusKm(), base.language(), base.mode(), base.page(),
				base.days(), base.timeOfDay(), base.audience(), base.within(), base.visitorZone(),
				base.visitorLanguage());
	}

	private static FindQuery query(String text, GeoPoint point, Set<DayOfWeek> days, TimeOfDay time, ZoneId zone,
			String language) {
		return new FindQuery(text, point, 40, null, FindMode.ALL, 1, days, time, null, null, zone, language);
	}

	private static String offset(double longitude) {
		long hours = -Math.round(longitude / 15);
		long clamped = Math.clamp(hours, -12, 12);
		return (clamped == 0) ? "" : ((clamped > 0) ? "+" : "") + clamped;
	}

}
