package org.latch.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.geo.Rectangle;
import org.jspecify.annotations.Nullable;

/**
 * The words of a group meeting in person, each tied to the cell of a grid of half degrees
 * where the group meets ({@code "lactancia@261:207"}), in the index field {@link #FIELD}.
 * A search for a word near a point then reads only the groups of the cells around the
 * point that have the word, however many have it elsewhere (decision 38). The words are
 * the folded analysis of the name, town and descriptions, as the full-text fields have
 * them.
 */
final class WordCells {

	static final String FIELD = "word_cell";

	/** The side of a cell, in degrees of latitude and of longitude. */
	private static final double DEGREES = 0.5;

	/** The earth's mean radius. */
	private static final double EARTH_METERS = 6_371_008.7714;

	private static final int ROWS = (int) (180 / DEGREES);

	private static final int COLUMNS = (int) (360 / DEGREES);

	/**
	 * Circles whose bounding box touches more cells than this (near the poles, or
	 * hundreds of kilometres wide) are walked instead.
	 */
	static final int MOST_CELLS = 64;

	private WordCells() {
	}

	/** A word in a cell, as indexed and as searched. */
	static String term(String word, Cell cell) {
		return word + '@' + cell.row() + ':' + cell.column();
	}

	/** The cell of a point. */
	static Cell of(double latitude, double longitude) {
		return new Cell(Math.min(ROWS - 1, (int) Math.floor((latitude + 90) / DEGREES)),
				Math.min(COLUMNS - 1, (int) Math.floor((longitude + 180) / DEGREES)));
	}

	/** The terms of the texts' words in the cell of the point, each once. */
	static Set<String> terms(Analyzer analyzer, Collection<String> texts, double latitude, double longitude) {
		Cell cell = of(latitude, longitude);
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			try (TokenStream tokens = analyzer.tokenStream(FIELD, text)) {
				CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
				tokens.reset();
				while (tokens.incrementToken()) {
					terms.add(term(word.toString(), cell));
				}
				tokens.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return terms;
	}

	/**
	 * The cells the bounding box of a circle touches, across the date line too; null when
	 * more than {@link #MOST_CELLS}.
	 */
	static @Nullable List<Cell> around(double latitude, double longitude, double meters) {
		Rectangle box = Rectangle.fromPointDistance(latitude, longitude, meters);
		Cell low = of(box.minLat, box.minLon);
		Cell high = of(box.maxLat, box.maxLon);
		int rows = high.row() - low.row() + 1;
		int columns = box.crossesDateline() ? COLUMNS - low.column() + high.column() + 1
				: high.column() - low.column() + 1;
		if ((long) rows * columns > MOST_CELLS) {
			return null;
		}
		List<Cell> cells = new ArrayList<>(rows * columns);
		for (int row = low.row(); row <= high.row(); row++) {
			for (int i = 0; i < columns; i++) {
				cells.add(new Cell(row, (low.column() + i) % COLUMNS));
			}
		}
		return cells;
	}

	/** The part of the earth's surface the cells cover, in square metres. */
	static double squareMeters(List<Cell> cells) {
		double area = 0;
		for (Cell cell : cells) {
			double south = Math.toRadians(cell.row() * DEGREES - 90);
			double north = Math.toRadians((cell.row() + 1) * DEGREES - 90);
			area += Math.toRadians(DEGREES) * (Math.sin(north) - Math.sin(south));
		}
		return area * EARTH_METERS * EARTH_METERS;
	}

	/**
	 * A cell of the grid: its row from the South Pole, its column from the antimeridian.
	 */
	record Cell(int row, int column) {
	}

}
