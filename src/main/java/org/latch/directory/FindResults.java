package org.latch.directory;

import java.util.List;

/**
 * One page of search results: groups meeting in person (nearest first when the search had
 * a point, otherwise by name) and online groups (by name), each with its total. Where
 * groups are dense, the nearest are found in a smaller circle: then at least
 * {@code inPersonTotal} groups, more than this page lists, meet within the distance
 * ({@code inPersonTotalExact} is false) and there is a next page.
 */
public record FindResults(List<FoundGroup> inPerson, long inPersonTotal, boolean inPersonTotalExact,
		List<FoundGroup> online, long onlineTotal, int page, int pageSize) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		long shown = (long) this.page * this.pageSize;
		return this.page < FindQuery.MAX_PAGE
				&& (!this.inPersonTotalExact || this.inPersonTotal > shown || this.onlineTotal > shown);
	}

}
