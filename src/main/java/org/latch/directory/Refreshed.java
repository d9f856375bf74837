package org.latch.directory;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that every page needs and that rarely changes, read again at most once per
 * freshness time, or at the next use after a change on this node has committed.
 */
final class Refreshed<T> {

	private final Supplier<T> read;

	private final long freshNanos;

	private volatile @Nullable Snapshot<T> snapshot;

	Refreshed(Supplier<T> read, Duration fresh) {
		this.read = read;
		this.freshNanos = fresh.toNanos();
	}

	T get() {
		Snapshot<T> current = this.snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > this.freshNanos) {
			current = new Snapshot<>(this.read.get(), now);
			this.snapshot = current;
		}
		return current.value();
	}

	/** The next use reads again, once the current transaction (if any) has committed. */
	void resetAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.snapshot = null;
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Refreshed.this.snapshot = null;
			}
		});
	}

	private record Snapshot<T>(T value, long readAt) {
	}

}
