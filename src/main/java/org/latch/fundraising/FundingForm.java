package org.latch.fundraising;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.latch.platform.FormErrors;

/**
 * The funding set-up as sent: goal, currency and up to {@link #ROWS} beneficiaries (blank
 * rows are left out), every field text until checked, so each mistake is explained next
 * to its field. Shares are percentages with at most two decimals that must add up to
 * exactly 100.
 */
record FundingForm(String goal, String currency, List<Row> rows) {

	static final int ROWS = 6;

	/** One beneficiary as sent; its fields are named {@code b<index>-<field>}. */
	record Row(String name, String legalName, String taxWording, String share) {

		boolean blank() {
			return (this.name + this.legalName + this.taxWording + this.share).isBlank();
		}

	}

	/** The checked set-up. */
	record Checked(long goalCents, String currency, List<Beneficiary.Details> beneficiaries) {
	}

	static FundingForm of(Funding funding) {
		List<Row> rows = new ArrayList<>();
		for (Beneficiary beneficiary : funding.beneficiaries()) {
			rows.add(new Row(beneficiary.name(), beneficiary.legalName(), beneficiary.taxWording(),
					BigDecimal.valueOf(beneficiary.shareBp(), 2).stripTrailingZeros().toPlainString()));
		}
		return new FundingForm(Money.plain(funding.goalCents()), funding.currency(), padded(rows));
	}

	/** A first set-up, in the campaign's currency so far. */
	static FundingForm empty(String currency) {
		return new FundingForm("", currency, padded(List.of()));
	}

	static FundingForm from(Map<String, String[]> parameters) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Row(FormText.one(parameters, field(i, "name")), FormText.one(parameters, field(i, "legal")),
					FormText.one(parameters, field(i, "tax")), FormText.one(parameters, field(i, "share"))));
		}
		return new FundingForm(FormText.one(parameters, "goal"), FormText.one(parameters, "currency"), rows);
	}

	static String field(int row, String name) {
		return "b" + row + "-" + name;
	}

	Optional<Checked> check(FormErrors errors) {
		long goal = FormText.money(this.goal, 100, "goal", errors).orElse(0L);
		if (!Money.CURRENCIES.contains(this.currency)) {
			errors.reject("currency", "fund.error.currency");
		}
		List<Beneficiary.Details> beneficiaries = new ArrayList<>();
		int sum = 0;
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row.blank()) {
				continue;
			}
			String name = FormText.check(row.name(), 1, 200, false, field(i, "name"), errors).orElse("");
			String legal = FormText.check(row.legalName(), 1, 200, false, field(i, "legal"), errors).orElse("");
			String tax = FormText.check(row.taxWording(), 1, 1000, true, field(i, "tax"), errors).orElse("");
			int share = basisPoints(row.share());
			if (share <= 0) {
				errors.reject(field(i, "share"), "fund.error.share");
			}
			sum += Math.max(share, 0);
			beneficiaries.add(new Beneficiary.Details(name, legal, tax, share));
		}
		if (beneficiaries.isEmpty()) {
			errors.reject(field(0, "name"), "fund.error.beneficiaries");
		}
		else if (sum != Funding.WHOLE) {
			errors.reject("shares", "fund.error.shares");
		}
		return errors.any() ? Optional.empty() : Optional.of(new Checked(goal, this.currency, beneficiaries));
	}

	/** The sum of the shares as sent, for the message next to them ("95%"). */
	String shareSum() {
		return BigDecimal.valueOf(this.rows.stream().mapToInt(row -> Math.max(basisPoints(row.share()), 0)).sum(), 2)
			.stripTrailingZeros()
			.toPlainString();
	}

	/** The share in hundredths of a percent, or -1 when it is not a percentage. */
	private static int basisPoints(String share) {
		String text = share.strip().replace(',', '.').replace("%", "").strip();
		if (!text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			return -1;
		}
		int points = new BigDecimal(text).movePointRight(2).intValueExact();
		return (points > Funding.WHOLE) ? -1 : points;
	}

	private static List<Row> padded(List<Row> rows) {
		List<Row> all = new ArrayList<>(rows);
		while (all.size() < ROWS) {
			all.add(new Row("", "", "", ""));
		}
		return List.copyOf(all);
	}

}
