package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A site as the campaign's pages show it: where and when, the route, places left and
 * people waiting, the fee per person in the reader's format (null when free).
 */
record SiteView(UUID id, UUID campaign, String name, String place, String city, double latitude, double longitude,
		String startsAt, String routeKm, int capacity, int free, long waiting, @Nullable String fee,
		boolean coordinates) {

	String href() {
		return CampaignPaths.site(this.campaign, this.id);
	}

	String registerHref() {
		return CampaignPaths.register(this.campaign) + "?site=" + this.id;
	}

	String editHref() {
		return CampaignPaths.editSite(this.campaign, this.id);
	}

	String csvHref() {
		return CampaignPaths.siteRegistrations(this.campaign, this.id);
	}

	boolean full() {
		return this.free <= 0;
	}

}
