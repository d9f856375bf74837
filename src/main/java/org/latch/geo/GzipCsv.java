package org.latch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzip-compressed UTF-8 CSV files that tools/geo/build-geo-data.mjs writes: a
 * header line, then one record per line, fields quoted only when they hold a comma or a
 * quote.
 */
final class GzipCsv {

	private GzipCsv() {
	}

	/** Hands every record after the header to {@code records}, in file order. */
	static void read(String classpathResource, Consumer<List<String>> records) {
		InputStream raw = GzipCsv.class.getClassLoader().getResourceAsStream(classpathResource);
		if (raw == null) {
			throw new IllegalStateException("Bundled data missing from the classpath: " + classpathResource);
		}
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
			lines.readLine();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isEmpty()) {
					records.accept(fields(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled data " + classpathResource, ex);
		}
	}

	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>(8);
		if (line.indexOf('"') < 0) {
			int start = 0;
			for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
				fields.add(line.substring(start, comma));
				start = comma + 1;
			}
			fields.add(line.substring(start));
			return fields;
		}
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
