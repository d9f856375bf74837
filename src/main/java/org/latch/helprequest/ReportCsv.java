package org.latch.helprequest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.latch.platform.Localizer;

/**
 * An activity report as CSV for spreadsheets: a header row in the reader's language, one
 * row per month ({@code 2026-11}), and a total row when there are several months.
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static String write(ActivityReport report, Localizer i18n) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(header(report, i18n));
			for (ActivityRow row : report.rows()) {
				csv.printRecord(cells(report, row, String.valueOf(row.month())));
			}
			if (report.several()) {
				csv.printRecord(cells(report, report.total(), i18n.t("reports.total")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> header(ActivityReport report, Localizer i18n) {
		List<String> header = new ArrayList<>(
				List.of(i18n.t("reports.month"), i18n.t("reports.meetings"), i18n.t("reports.attendees")));
		report.channels().forEach(channel -> header.add(i18n.t("contacts.channel." + channel.name())));
		header.add(i18n.t("reports.contacts-total"));
		report.topics().forEach(topic -> header.add(i18n.t("help.topic." + topic.name())));
		return header;
	}

	private static List<Object> cells(ActivityReport report, ActivityRow row, String label) {
		List<Object> cells = new ArrayList<>(List.of(label, row.meetings(), row.attendees()));
		report.channels().forEach(channel -> cells.add(row.contacts(channel)));
		cells.add(row.totalContacts());
		report.topics().forEach(topic -> cells.add(row.topic(topic)));
		return cells;
	}

}
