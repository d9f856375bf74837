package org.latch.helprequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

/**
 * The routing decision ({@link HelpRouting#route}) for a new request, in the running
 * application on PostgreSQL, with {@code helpers} Leaders spread over the United States
 * and {@code past} past requests ({@link BenchmarkHelpNetwork}). Each call routes a
 * request never routed before (a pool of waiting requests, 90% with a place, made
 * routable again before every iteration), so each makes its offer, step and email. Not a
 * test: run it as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-XX:+UseG1GC" })
public class HelpRoutingBenchmark {

	private static final int POOL = 40_000;

	@Param({ "10000" })
	public int helpers;

	@Param({ "1000000" })
	public int past;

	private BenchmarkHelpNetwork network;

	private HelpRouting routing;

	private List<UUID> waiting;

	private int next;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.network = BenchmarkHelpNetwork.open(this.helpers, this.past);
		this.routing = this.network.bean(HelpRouting.class);
		this.waiting = this.network.waiting(POOL, 7);
	}

	@Setup(Level.Iteration)
	public void fresh() throws Exception {
		this.network.reset();
		this.next = 0;
	}

	@TearDown(Level.Iteration)
	public void check() {
		if (this.next > POOL) {
			System.out.println("Warning: " + this.next + " calls routed a pool of " + POOL + " requests");
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.network.close();
	}

	/** One new request routed: candidates found, ranked, and the best one offered it. */
	@Benchmark
	public void route() {
		this.routing.route(this.waiting.get(this.next++ % POOL), Instant.now());
	}

}
