package org.latch.calendar;

import java.util.Optional;
import java.util.UUID;

/**
 * Money raised for a campaign, provided by the fundraising module when it is present; the
 * public campaign page shows a funds bar only when a bean of this type exists and answers
 * for the campaign.
 */
public interface CampaignFunds {

	Optional<FundsProgress> progress(UUID campaign);

}
