package org.latch.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/** The demo data's files, bundled under {@code demo/}. */
final class DemoFiles {

	private DemoFiles() {
	}

	/** Every row after the header, split at tabs (empty cells kept). */
	static List<String[]> tsv(String resource) {
		return rows(resource, "\t");
	}

	/**
	 * Every row after the header, split at {@code separator} (empty cells kept; no
	 * quoting).
	 */
	static List<String[]> rows(String resource, String separator) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				rows.add(line.split(separator, -1));
			}
		}
		catch (IOException missing) {
			throw new IllegalStateException("Demo data " + resource + " is missing from the build", missing);
		}
		return rows;
	}

	/** A whole text file. */
	static String text(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException missing) {
			throw new IllegalStateException("Demo data " + resource + " is missing from the build", missing);
		}
	}

}
