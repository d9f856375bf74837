package org.latch.geo;

import java.util.Arrays;

/**
 * Keeps the best {@code limit} of the index entries offered to it, one per place. Main
 * names come before alternate names, then the most populous first: GeoNames' alternate
 * names include old and foreign forms ("Bos Aires", "Peterburg") that should not push the
 * places people mean out of a short list, yet they must still show when nothing else
 * matches ("Cap-Ha" finds Cap-Haïtien, whose main name is "Okap"). A prefix like "sa"
 * matches thousands of entries and limits are small (at most 20), so insertion into a
 * sorted array beats sorting them all.
 */
final class TopPlaces {

	private final int[] chosen;

	private int size;

	private final int[] keyPlaces;

	private final int[] populations;

	private final boolean[] keyIsAlias;

	TopPlaces(int limit, int[] keyPlaces, int[] populations, boolean[] keyIsAlias) {
		this.chosen = new int[limit];
		this.keyPlaces = keyPlaces;
		this.populations = populations;
		this.keyIsAlias = keyIsAlias;
	}

	void offer(int entry) {
		int place = this.keyPlaces[entry];
		for (int i = 0; i < this.size; i++) {
			if (this.keyPlaces[this.chosen[i]] == place) {
				if (!before(entry, this.chosen[i])) {
					return;
				}
				// the place again, under its main name this time: show it under that one
				System.arraycopy(this.chosen, i + 1, this.chosen, i, this.size - i - 1);
				this.size--;
				break;
			}
		}
		if (this.size == this.chosen.length) {
			if (this.size == 0 || !before(entry, this.chosen[this.size - 1])) {
				return;
			}
			this.size--;
		}
		int at = this.size;
		while (at > 0 && before(entry, this.chosen[at - 1])) {
			this.chosen[at] = this.chosen[at - 1];
			at--;
		}
		this.chosen[at] = entry;
		this.size++;
	}

	/** The chosen entries, best first. */
	int[] entries() {
		return Arrays.copyOf(this.chosen, this.size);
	}

	private boolean before(int entry, int other) {
		if (this.keyIsAlias[entry] != this.keyIsAlias[other]) {
			return !this.keyIsAlias[entry];
		}
		return this.populations[this.keyPlaces[entry]] > this.populations[this.keyPlaces[other]];
	}

}
