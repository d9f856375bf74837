package org.latch.calendar;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.partner.CurrentSponsor;

/**
 * A campaign's public page, ready to show: the story ({@code storyLanguage} is the
 * language tag of a story not in the reader's language, null otherwise), the day in the
 * reader's words, organizer and co-hosts by name, the sites, the sponsors current today
 * and the live totals.
 */
record CampaignView(UUID id, String name, String story, @Nullable String storyLanguage, String day, String zone,
		boolean virtualOption, boolean published, String organizer, List<String> coHosts, List<SiteView> sites,
		List<CurrentSponsor> sponsors, long participants, Bar ounces, @Nullable Bar funds, String ouncesText,
		@Nullable String fundsText, boolean organizes, List<PageOffer> fundLinks) {

	/**
	 * A progress bar: how far, out of what, both already bounded for {@code <progress>}.
	 */
	record Bar(long value, long max) {

		static Bar of(long value, long goal) {
			long max = Math.max(goal, 1);
			return new Bar(Math.min(Math.max(value, 0), max), max);
		}

	}

	String href() {
		return CampaignPaths.campaign(this.id);
	}

	String registerHref() {
		return CampaignPaths.register(this.id);
	}

	String milkHref() {
		return "/milk-donation?campaign=" + this.id;
	}

	String editHref() {
		return CampaignPaths.edit(this.id);
	}

	String newSiteHref() {
		return CampaignPaths.newSite(this.id);
	}

	String teamsHref() {
		return CampaignPaths.teams(this.id);
	}

	String csvHref() {
		return CampaignPaths.registrations(this.id);
	}

}
