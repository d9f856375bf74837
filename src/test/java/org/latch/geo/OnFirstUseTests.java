package org.latch.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnFirstUseTests {

	@Test
	void nothingIsBuiltBeforeTheFirstUse() {
		AtomicInteger builds = new AtomicInteger();
		new OnFirstUse<>(builds::incrementAndGet);
		assertThat(builds).hasValue(0);
	}

	@Test
	void concurrentFirstCallersShareOneBuild() throws Exception {
		AtomicInteger builds = new AtomicInteger();
		OnFirstUse<Object> value = new OnFirstUse<>(() -> {
			builds.incrementAndGet();
			sleep(50);
			return new Object();
		});
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> results = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 8; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return value.get();
				}));
			}
			start.countDown();
			Object first = results.getFirst().get();
			for (Future<Object> result : results) {
				assertThat(result.get()).isSameAs(first);
			}
		}
		assertThat(builds).hasValue(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
