package org.latch.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.partner.Attestation;
import org.latch.partner.CodeArticle;
import org.latch.partner.NewViolationReport;
import org.latch.partner.ProductCategory;
import org.latch.partner.SponsorDetails;
import org.latch.partner.SponsorId;
import org.latch.partner.SponsorRegister;
import org.latch.partner.SponsorRole;
import org.latch.partner.ViolationReportId;
import org.latch.partner.ViolationReports;
import org.latch.partner.ViolationSummary;

/**
 * The demo WHO Code register ({@code demo/sponsors.tsv}): sponsors and exhibitors entered
 * by partners' contacts, approved and current, expired (vetted more than a year ago), one
 * waiting for review and a formula maker refused with its reason; and violation reports
 * ({@code demo/violation-reports.tsv}), two published as summaries and one, with a photo,
 * waiting for moderation.
 */
@Component
class DemoSponsors {

	private final AccountManagement accounts;

	private final SponsorRegister register;

	private final ViolationReports reports;

	/**
	 * The entries recorded as approved before and expired since, for the demo campaign.
	 */
	private final List<SponsorId> expired = new java.util.ArrayList<>();

	DemoSponsors(AccountManagement accounts, SponsorRegister register, ViolationReports reports) {
		this.accounts = accounts;
		this.register = register;
		this.reports = reports;
	}

	/**
	 * Loads the register and the reports; {@code reviewer} decides. Returns the entries.
	 */
	int load(String reviewer) {
		UUID reviewerId = this.accounts.person(reviewer).orElseThrow().id();
		List<String[]> rows = DemoFiles.tsv("demo/sponsors.tsv");
		for (String[] row : rows) {
			UUID submitter = this.accounts.person(row[0]).orElseThrow().id();
			SponsorDetails details = new SponsorDetails(row[1], row[2], row[3].isEmpty() ? null : row[3],
					SponsorRole.valueOf(row[4]),
					Arrays.stream(row[5].split(";")).map(ProductCategory::valueOf).collect(Collectors.toSet()), row[6],
					row[7].equals("yes"));
			Attestation attestation = new Attestation(row[8], row[9], row[10]);
			if (row[11].equals("EXPIRED")) {
				LocalDate approvedOn = this.register.today().minusMonths(Integer.parseInt(row[13]));
				this.expired.add(this.register.importApproved(submitter, details, attestation,
						approvedOn.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), approvedOn));
				continue;
			}
			SponsorId id = this.register.submit(submitter, details, attestation, Locale.ENGLISH);
			if (row[11].equals("APPROVED")) {
				this.register.approve(id, reviewerId, row[12].isEmpty() ? null : row[12]);
			}
			else if (row[11].equals("REJECTED")) {
				this.register.reject(id, reviewerId, row[12]);
			}
		}
		loadReports(reviewerId);
		return rows.size();
	}

	/** The expired entries loaded, in the file's order. */
	List<SponsorId> expired() {
		return List.copyOf(this.expired);
	}

	private void loadReports(UUID reviewer) {
		for (String[] row : DemoFiles.tsv("demo/violation-reports.tsv")) {
			LocalDate seen = this.register.today().minusMonths(Integer.parseInt(row[3])).withDayOfMonth(1);
			ProductCategory kind = ProductCategory.valueOf(row[6]);
			CodeArticle article = CodeArticle.valueOf(row[7]);
			NewViolationReport report = new NewViolationReport(row[1], row[2], seen, row[4], row[5], kind, article,
					row[8], row[9].isEmpty() ? null : row[9]);
			boolean waiting = row[10].equals("RECEIVED");
			ViolationReportId id = this.reports.submit(report, waiting ? photo() : null, Locale.forLanguageTag(row[0]));
			if (!waiting) {
				this.reports.publish(id, reviewer,
						new ViolationSummary(row[4], kind, article, row[2], YearMonth.from(seen), row[11]));
			}
		}
	}

	/** A drawing of a billboard, as a reporter's photo. */
	private static byte[] photo() {
		try (InputStream in = new ClassPathResource("demo/report-photo.png").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

}
