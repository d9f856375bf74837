package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@Test
	void cellsASpreadsheetWouldRunAsFormulasGetAnApostropheThatImportRemoves() {
		for (String formula : List.of("=1+1", "+1 555 0100", "-2+3", "@SUM(A1)", "\tcmd", "=HYPERLINK(\"x\")")) {
			String exported = CsvCells.protect(formula);
			assertThat(exported).startsWith("'");
			assertThat(CsvCells.unprotect(exported)).isEqualTo(formula);
		}
	}

	@Test
	void plainTextAndNegativeNumbersStayAsTheyAre() {
		assertThat(CsvCells.protect("-73.75")).isEqualTo("-73.75");
		assertThat(CsvCells.protect("Riverside")).isEqualTo("Riverside");
		assertThat(CsvCells.unprotect("'quoted'")).isEqualTo("'quoted'");
	}

	@Test
	void onlyUtf8IsReadAndItsByteOrderMarkIsDropped() {
		assertThat(CsvCells.utf8("\uFEFFslug,name".getBytes(StandardCharsets.UTF_8))).isEqualTo("slug,name");
		assertThat(CsvCells.utf8("São".getBytes(StandardCharsets.ISO_8859_1))).isNull();
	}

	@Test
	void aRowWithFewerCellsThanTheHeaderIsReportedWithItsSpreadsheetRow() {
		CsvRows rows = CsvRows.read("id,group\r\n1,a\r\n2\r\n", List.of("id", "group"));
		assertThat(rows.problems()).containsExactly(new ImportReport.Problem(3, "", "manage.import.cells"));
	}

	@Test
	void anUnclosedQuoteIsReportedNotThrown() {
		CsvRows rows = CsvRows.read("id,group\r\n\"1,a\r\n", List.of("id", "group"));
		assertThat(rows.problems()).extracting(ImportReport.Problem::key).containsExactly("manage.import.malformed");
	}

}
