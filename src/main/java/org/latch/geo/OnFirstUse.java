package org.latch.geo;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value built by the first caller that needs it, exactly once, and then shared by every
 * thread (double-checked locking on a volatile field). A caller arriving during the build
 * waits for it instead of building a second copy.
 */
final class OnFirstUse<T> implements Supplier<T> {

	private final Supplier<T> builder;

	private volatile @Nullable T value;

	OnFirstUse(Supplier<T> builder) {
		this.builder = builder;
	}

	@Override
	public T get() {
		T built = this.value;
		if (built == null) {
			synchronized (this) {
				built = this.value;
				if (built == null) {
					built = this.builder.get();
					this.value = built;
				}
			}
		}
		return built;
	}

}
