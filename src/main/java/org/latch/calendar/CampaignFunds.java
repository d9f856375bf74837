package org.latch.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Money raised for a campaign, provided by the fundraising module when it is present; the
 * public campaign page shows a funds bar only when a bean of this type exists and answers
 * for the campaign, and the links it offers (leaderboards, starting a page).
 */
public interface CampaignFunds {

	Optional<FundsProgress> progress(UUID campaign);

	/**
	 * Links the public campaign page shows beside the funds bar, in the reader's
	 * language.
	 */
	default List<PageOffer> links(UUID campaign, Locale locale) {
		return List.of();
	}

}
