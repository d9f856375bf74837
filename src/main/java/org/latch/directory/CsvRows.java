package org.latch.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file read as rows of named, unprotected cells, after checking that its
 * header has exactly the expected columns. Problems end the reading with a report entry.
 *
 * @param rows each row's cells by column; row {@code i} is spreadsheet row {@code i + 2}
 */
record CsvRows(List<Map<String, String>> rows, List<ImportReport.Problem> problems) {

	static final int MAX_ROWS = 5000;

	static CsvRows read(String text, List<String> header) {
		List<Map<String, String>> rows = new ArrayList<>();
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
				if (rows.size() >= MAX_ROWS) {
					return failed(rows.size() + 2, "", "manage.import.too-many");
				}
				if (record.size() != found.size()) {
					return failed(rows.size() + 2, "", "manage.import.cells");
				}
				Map<String, String> cells = new HashMap<>();
				for (int i = 0; i < found.size(); i++) {
					cells.put(found.get(i), CsvCells.unprotect(record.get(i)));
				}
				rows.add(cells);
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException malformed) {
			return failed(rows.size() + 2, "", "manage.import.malformed");
		}
		return new CsvRows(rows, List.of());
	}

	private static CsvRows failed(long row, String column, String key) {
		return new CsvRows(List.of(), List.of(new ImportReport.Problem(row, column, key)));
	}

}
