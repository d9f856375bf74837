package org.latch.directory;

import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The HSDS 3.0 paging envelope around one page of a list. Pages count from 1. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsPage<T>(int totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
		boolean empty, List<T> contents) {

	static <S, T> HsdsPage<T> of(List<S> all, int page, int perPage, Function<S, T> view) {
		long from = (long) (page - 1) * perPage;
		return of(all.size(), page, perPage, all.stream().skip(from).limit(perPage).map(view).toList());
	}

	/** Page {@code page} of a list of {@code total} items, found elsewhere. */
	static <T> HsdsPage<T> of(long total, int page, int perPage, List<T> contents) {
		int totalPages = (int) ((total + perPage - 1) / perPage);
		return new HsdsPage<>((int) total, totalPages, page, contents.size(), page == 1, page >= totalPages,
				contents.isEmpty(), contents);
	}

}
