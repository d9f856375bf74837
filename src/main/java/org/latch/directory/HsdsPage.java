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
		int totalPages = (all.size() + perPage - 1) / perPage;
		long from = (long) (page - 1) * perPage;
		List<T> contents = all.stream().skip(from).limit(perPage).map(view).toList();
		return new HsdsPage<>(all.size(), totalPages, page, contents.size(), page == 1, page >= totalPages,
				contents.isEmpty(), contents);
	}

}
