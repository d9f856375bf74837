package org.latch.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.latch.LatchApplication;

/**
 * The whole application on a data directory of its own ({@code target/bench-data/N}) that
 * holds a synthetic network of N groups: an H2 database and its Lucene index. The first
 * start generates the network and builds the index with the mass indexer, and notes how
 * long each took in {@code bench.properties}; later starts reuse both.
 */
final class BenchmarkDirectory implements AutoCloseable {

	private static final String GENERATOR = "2";

	private final ConfigurableApplicationContext context;

	private BenchmarkDirectory(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static BenchmarkDirectory open(int groups) throws IOException, SQLException, InterruptedException {
		Path dir = Path.of("target", "bench-data", String.valueOf(groups)).toAbsolutePath();
		Path done = dir.resolve("bench.properties");
		if (Files.exists(done) && GENERATOR.equals(read(done).getProperty("generator"))) {
			Properties figures = read(done);
			if (!SearchIndexer.MAPPING.equals(figures.getProperty("mapping"))) {
				// Indexed by an older release: index again, timed, before the benchmark
				// (the marker keeps the application from rebuilding the index itself).
				Files.writeString(dir.resolve("index").resolve("latch-mapping.txt"), SearchIndexer.MAPPING);
				ConfigurableApplicationContext context = start(dir);
				index(context, dir, figures);
				context.close();
			}
			System.out.println("Reusing the network in " + dir + ": " + figures);
			ConfigurableApplicationContext context = start(dir);
			// An index written before the indexer merged its segments is merged now, as
			// SearchIndexer leaves it.
			Search.mapping(context.getBean(EntityManagerFactory.class))
				.scope(SearchIndexer.TYPES)
				.workspace()
				.mergeSegments();
			return new BenchmarkDirectory(context);
		}
		delete(dir);
		Files.createDirectories(dir);
		ConfigurableApplicationContext context = start(dir);
		long start = System.nanoTime();
		long meetings = new BenchmarkNetwork(context.getBean(DataSource.class), BenchmarkPlaces.load()).write(groups);
		Properties figures = new Properties();
		figures.setProperty("generator", GENERATOR);
		figures.setProperty("groups", String.valueOf(groups));
		figures.setProperty("meetings", String.valueOf(meetings));
		figures.setProperty("generation.seconds", String.valueOf((System.nanoTime() - start) / 1_000_000_000.0));
		index(context, dir, figures);
		System.out.println("Generated the network in " + dir + ": " + figures);
		return new BenchmarkDirectory(context);
	}

	/** Rebuilds the index with the mass indexer, as {@link SearchIndexer} does. */
	private static void index(ConfigurableApplicationContext context, Path dir, Properties figures)
			throws IOException, InterruptedException {
		long start = System.nanoTime();
		Search.mapping(context.getBean(EntityManagerFactory.class))
			.scope(SearchIndexer.TYPES)
			.massIndexer()
			.mergeSegmentsOnFinish(true)
			.startAndWait();
		figures.setProperty("indexing.seconds", String.valueOf((System.nanoTime() - start) / 1_000_000_000.0));
		Files.writeString(dir.resolve("index").resolve("latch-mapping.txt"), SearchIndexer.MAPPING);
		figures.setProperty("mapping", SearchIndexer.MAPPING);
		figures.setProperty("index.bytes", String.valueOf(size(dir.resolve("index"))));
		figures.setProperty("database.bytes", String.valueOf(Files.size(dir.resolve("latch.mv.db"))));
		try (var out = Files.newBufferedWriter(dir.resolve("bench.properties"))) {
			figures.store(out, "Synthetic network for GroupSearchBenchmark");
		}
	}

	private static ConfigurableApplicationContext start(Path dir) {
		SpringApplication application = new SpringApplication(LatchApplication.class);
		return application.run("--latch.data-dir=" + dir, "--server.port=0", "--latch.demo.enabled=false",
				// Compacting the 11 GB file of the 1M network takes half a minute
				// and evicts the index from the page cache while the benchmark warms
				// up.
				"--latch.database.compaction-at-start=false", "--logging.level.root=WARN",
				"--logging.level.org.latch=INFO");
	}

	DirectoryManagement directory() {
		return this.context.getBean(DirectoryManagement.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(file)) {
			properties.load(in);
		}
		return properties;
	}

	static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sum();
		}
	}

	private static void delete(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

}
