package org.latch.fundraising;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.calendar.Registrant;

/**
 * The registration fees of a campaign as organizers and coordinators see them, for the
 * sites they keep: fees owed and not paid, fees paid (online or in cash), and payments
 * due back. Fees are not gifts: their total is shown here, never in the funds bar.
 */
@Component
class FeeLists {

	/** A registration in a fee list. */
	record Row(String reference, String name, String site, String amount, String paidOn, String method,
			boolean refundDue, boolean refunded) {
	}

	/** What the fee page shows. */
	record View(List<Row> owed, List<Row> paid, String paidTotal, String dueBackTotal) {
	}

	private final Fees fees;

	private final Campaigns campaigns;

	FeeLists(Fees fees, Campaigns campaigns) {
		this.fees = fees;
		this.campaigns = campaigns;
	}

	@Transactional(readOnly = true)
	View view(CampaignSummary campaign, Set<UUID> sites, Locale locale) {
		Map<UUID, String> siteNames = this.campaigns.sites(campaign.id())
			.stream()
			.collect(Collectors.toMap(site -> site.id(), site -> site.name()));
		Map<UUID, Registrant> registrants = this.campaigns.registrants(campaign.id())
			.stream()
			.filter(registrant -> registrant.site() != null && sites.contains(registrant.site()))
			.collect(Collectors.toMap(Registrant::id, Function.identity()));
		Map<UUID, FeePayment> payments = this.fees.paidIn(campaign.id())
			.stream()
			.filter(payment -> registrants.containsKey(payment.registrationId()))
			.collect(Collectors.toMap(FeePayment::registrationId, Function.identity()));
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<Row> owed = registrants.values()
			.stream()
			.filter(registrant -> registrant.owesFee() && !payments.containsKey(registrant.id()))
			.map(registrant -> new Row(registrant.reference(), registrant.displayName(),
					siteNames.getOrDefault(registrant.site(), ""),
					Money.format(registrant.feeOwedCents(), campaign.currency(), locale), "", "", false, false))
			.sorted(java.util.Comparator.comparing(Row::site).thenComparing(Row::reference))
			.toList();
		List<Row> paid = payments.values().stream().map(payment -> {
			Registrant registrant = registrants.get(payment.registrationId());
			return new Row(registrant.reference(), registrant.displayName(),
					siteNames.getOrDefault(registrant.site(), ""),
					Money.format(payment.amountCents(), payment.currency(), locale),
					dates.format(payment.paidAt().atZone(ZoneOffset.UTC)), payment.method().name(), payment.refundDue(),
					payment.refundedAt() != null);
		}).sorted(java.util.Comparator.comparing(Row::site).thenComparing(Row::reference)).toList();
		long total = payments.values()
			.stream()
			.filter(payment -> payment.refundedAt() == null && !payment.refundDue())
			.mapToLong(FeePayment::amountCents)
			.sum();
		long dueBack = payments.values()
			.stream()
			.filter(FeePayment::refundDue)
			.mapToLong(FeePayment::amountCents)
			.sum();
		return new View(owed, paid, Money.format(total, campaign.currency(), locale),
				Money.format(dueBack, campaign.currency(), locale));
	}

}
