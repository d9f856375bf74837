package org.latch.fundraising;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.Campaigns;
import org.latch.calendar.SiteSummary;
import org.latch.platform.SpreadsheetCells;

/**
 * The completed gifts of a campaign as organizers and coordinators list and export them,
 * of some sites only when asked.
 */
@Component
class GiftLists {

	/** A gift in the list. */
	record Row(UUID id, String receiptNumber, String date, String giver, boolean anonymous, String amount,
			Gift.Method method, String page, String site, String kept, boolean refundable, String refundHref) {
	}

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final GiftRepository gifts;

	private final FundingRepository fundings;

	private final Giving giving;

	private final Fundraisers fundraisers;

	private final Campaigns campaigns;

	GiftLists(GiftRepository gifts, FundingRepository fundings, Giving giving, Fundraisers fundraisers,
			Campaigns campaigns) {
		this.gifts = gifts;
		this.fundings = fundings;
		this.giving = giving;
		this.fundraisers = fundraisers;
		this.campaigns = campaigns;
	}

	@Transactional(readOnly = true)
	boolean receiptTaken(UUID campaign, String receipt) {
		return this.gifts.existsByCampaignIdAndReceiptNumber(campaign, receipt);
	}

	@Transactional(readOnly = true)
	boolean fundingSet(UUID campaign) {
		return this.fundings.existsById(campaign);
	}

	@Transactional(readOnly = true)
	Optional<Gift> gift(UUID id) {
		return this.gifts.findById(id);
	}

	@Transactional(readOnly = true)
	Row row(Gift gift, Locale locale) {
		return rows(List.of(gift), gift.campaignId(), locale).getFirst();
	}

	/** Completed gifts, newest first, of the given sites only when not null. */
	@Transactional(readOnly = true)
	List<Row> rows(UUID campaign, @Nullable Collection<UUID> sites, Locale locale) {
		return rows(completed(campaign, sites), campaign, locale);
	}

	@Transactional(readOnly = true)
	String csv(UUID campaign, @Nullable Collection<UUID> sites) {
		List<Gift> gifts = completed(campaign, sites);
		List<Row> rows = rows(gifts, campaign, Locale.ROOT);
		Ledger ledger = this.giving.ledger(campaign);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
			printer.printRecord("receipt_number", "completed_at", "method", "amount", "kept_after_refunds", "currency",
					"giver", "anonymous", "page", "site");
			for (int i = 0; i < gifts.size(); i++) {
				Gift gift = gifts.get(i);
				printer.printRecord(SpreadsheetCells.protect(gift.receiptNumber()), gift.completedAt(), gift.method(),
						Money.plain(gift.amountCents()), Money.plain(ledger.kept(gift.id())), gift.currency(),
						SpreadsheetCells.protect(gift.giverName()), gift.anonymous(),
						SpreadsheetCells.protect(rows.get(i).page()), SpreadsheetCells.protect(rows.get(i).site()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private List<Gift> completed(UUID campaign, @Nullable Collection<UUID> sites) {
		return this.gifts.completedIn(campaign)
			.stream()
			.filter(gift -> sites == null || (gift.siteId() != null && sites.contains(gift.siteId())))
			.toList();
	}

	private List<Row> rows(List<Gift> gifts, UUID campaign, Locale locale) {
		Ledger ledger = this.giving.ledger(campaign);
		Map<UUID, String> pages = this.fundraisers.of(campaign)
			.stream()
			.collect(Collectors.toMap(FundPage::id, FundPage::title));
		Map<UUID, String> sites = this.campaigns.sites(campaign)
			.stream()
			.collect(Collectors.toMap(SiteSummary::id, SiteSummary::name, (a, b) -> a));
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		Function<@Nullable UUID, String> site = id -> (id == null) ? "" : sites.getOrDefault(id, "");
		return gifts.stream()
			.map(gift -> new Row(gift.id(), String.valueOf(gift.receiptNumber()),
					(gift.completedAt() == null) ? "" : date.format(gift.completedAt()), gift.giverName(),
					gift.anonymous(), Money.format(gift.amountCents(), gift.currency(), locale), gift.method(),
					pages.getOrDefault(gift.pageId(), ""), site.apply(gift.siteId()),
					Money.format(ledger.kept(gift.id()), gift.currency(), locale),
					gift.method() != Gift.Method.ONLINE && ledger.kept(gift.id()) > 0,
					FundPaths.refund(campaign, gift.id())))
			.toList();
	}

}
