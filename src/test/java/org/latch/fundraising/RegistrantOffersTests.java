package org.latch.fundraising;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.latch.calendar.CampaignSummary;
import org.latch.calendar.PageOffer;
import org.latch.calendar.Registrant;
import org.latch.calendar.RegistrationStatus;
import org.latch.directory.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the private registration page says about the fee, whether Stripe is configured or
 * not: only a confirmed place owing an unpaid fee gets the pay button.
 */
class RegistrantOffersTests {

	private static final CampaignSummary CAMPAIGN = new CampaignSummary(UUID.randomUUID(), "Milk Stroll",
			LocalDate.of(2027, 5, 1), ZoneId.of("America/New_York"), true, new UnitId(UUID.randomUUID()), List.of(),
			"USD");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void withoutStripeAConfirmedPlaceIsToldToPayAtTheSite() {
		assertThat(fee(walker(RegistrationStatus.CONFIRMED, 1500), Optional.empty(), false))
			.contains(PageOffer.note("Your fee of $15.00 is paid at the site, on the day, in cash."));
	}

	@Test
	void withStripeAConfirmedPlaceGetsThePayButton() {
		assertThat(fee(walker(RegistrationStatus.CONFIRMED, 1500), Optional.empty(), true))
			.contains(PageOffer.pay("Pay the fee ($15.00)"));
	}

	@Test
	void waitlistedCancelledAndFreePlacesAreOfferedNothingToPay() {
		assertThat(fee(walker(RegistrationStatus.WAITLISTED, null), Optional.empty(), true)).isEmpty();
		assertThat(fee(walker(RegistrationStatus.CANCELLED, null), Optional.empty(), true)).isEmpty();
		assertThat(fee(walker(RegistrationStatus.CONFIRMED, null), Optional.empty(), true)).isEmpty();
	}

	@Test
	void aPaidFeeSaysWhenAndOneDueBackSaysItWillBeRefunded() {
		Registrant confirmed = walker(RegistrationStatus.CONFIRMED, 1500);
		FeePayment cash = FeePayment.cash(confirmed, 1500, "USD", UUID.randomUUID(),
				Instant.parse("2027-04-02T15:00:00Z"));
		assertThat(fee(confirmed, Optional.of(cash), true))
			.contains(PageOffer.note("Fee of $15.00 paid on April 2, 2027. Thank you!"));
		Registrant cancelled = walker(RegistrationStatus.CANCELLED, null);
		FeePayment late = FeePayment.online(cancelled, 1500, "USD", "cs_1", "pi_1",
				Instant.parse("2027-04-02T15:00:00Z"));
		assertThat(late.refundDue()).isTrue();
		assertThat(fee(cancelled, Optional.of(late), true).orElseThrow().text()).contains("will refund it");
	}

	private Optional<PageOffer> fee(Registrant registrant, Optional<FeePayment> paid, boolean online) {
		return RegistrantOffers.fee(registrant, paid, online, CAMPAIGN, this.messages, Locale.ENGLISH);
	}

	private static Registrant walker(RegistrationStatus status, Integer fee) {
		return new Registrant(UUID.randomUUID(), CAMPAIGN.id(), UUID.randomUUID(), null, "Ana", "en", status, fee,
				"R-ABC123");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/fundraising/fundraising");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
