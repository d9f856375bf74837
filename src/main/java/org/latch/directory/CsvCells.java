package org.latch.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.latch.platform.SpreadsheetCells;

/**
 * The CSV dialect of exports and imports (RFC 4180, UTF-8, header row) and its defence
 * against formula injection: a text cell that a spreadsheet would run as a formula gets a
 * leading apostrophe on export, which import removes again.
 */
final class CsvCells {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setRecordSeparator("\r\n")
		.setIgnoreEmptyLines(true)
		.get();

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private CsvCells() {
	}

	static String protect(@Nullable String cell) {
		if (cell == null || NUMBER.matcher(cell).matches()) {
			return (cell == null) ? "" : cell;
		}
		return SpreadsheetCells.protect(cell);
	}

	static String unprotect(@Nullable String cell) {
		if (cell == null) {
			return "";
		}
		return cell.length() > 1 && cell.charAt(0) == '\''
				&& SpreadsheetCells.FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
	}

	static String write(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CsvCells::protect).toList());
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	/** The bytes as UTF-8 text without a byte-order mark, or null when not UTF-8. */
	static @Nullable String utf8(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

}
