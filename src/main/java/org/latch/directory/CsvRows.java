package org.latch.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file read as rows of named, unprotected cells, after checking that its
 * header has exactly the expected columns. A row with the wrong number of cells is
 * reported and skipped, so one slip does not hide the problems of the rows after it; a
 * wrong header or broken quoting ends the reading.
 *
 * @param rows the rows that have a cell for every column
 * @param problems what stopped the reading or made a row unreadable
 */
record CsvRows(List<Row> rows, List<ImportReport.Problem> problems) {

	static final int MAX_ROWS = 5000;

	/**
	 * One row's cells by column.
	 *
	 * @param number the spreadsheet row (the header is row 1)
	 * @param formulas the columns whose cell starts with {@code =} without the protecting
	 * apostrophe: a spreadsheet formula rather than a value
	 */
	record Row(long number, Map<String, String> cells, Set<String> formulas) {

		String cell(String column) {
			return this.cells.getOrDefault(column, "");
		}

	}

	static CsvRows read(String text, List<String> header) {
		List<Row> rows = new ArrayList<>();
		List<ImportReport.Problem> problems = new ArrayList<>();
		long number = 1;
		try (CSVParser parser = CsvCells.FORMAT.parse(new StringReader(text))) {
			var records = parser.iterator();
			if (!records.hasNext()) {
				return failed(1, "", "manage.import.empty");
			}
			List<String> found = records.next().toList().stream().map(String::strip).toList();
			for (String column : header) {
				if (!found.contains(column)) {
					return failed(1, column, "manage.import.header-missing");
				}
			}
			for (String column : found) {
				if (!header.contains(column) || found.indexOf(column) != found.lastIndexOf(column)) {
					return failed(1, column, "manage.import.header-unknown");
				}
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				number++;
				if (number - 1 > MAX_ROWS) {
					return failed(number, "", "manage.import.too-many");
				}
				if (record.size() != found.size()) {
					problems.add(new ImportReport.Problem(number, "", "manage.import.cells"));
					continue;
				}
				Map<String, String> cells = HashMap.newHashMap(found.size());
				Set<String> formulas = new LinkedHashSet<>();
				for (int i = 0; i < found.size(); i++) {
					String raw = record.get(i);
					if (raw.startsWith("=")) {
						formulas.add(found.get(i));
					}
					cells.put(found.get(i), CsvCells.unprotect(raw));
				}
				rows.add(new Row(number, cells, formulas));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException malformed) {
			return failed(number + 1, "", "manage.import.malformed");
		}
		return new CsvRows(rows, problems);
	}

	private static CsvRows failed(long row, String column, String key) {
		return new CsvRows(List.of(), List.of(new ImportReport.Problem(row, column, key)));
	}

}
