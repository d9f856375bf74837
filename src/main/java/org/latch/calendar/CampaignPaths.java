package org.latch.calendar;

import java.util.UUID;

/** Where campaign pages live. */
final class CampaignPaths {

	static final String LIST = "/campaigns";

	static final String NEW = "/campaigns/new";

	static final String MANAGE = "/campaigns/manage";

	private CampaignPaths() {
	}

	static String campaign(UUID campaign) {
		return LIST + "/" + campaign;
	}

	static String edit(UUID campaign) {
		return campaign(campaign) + "/edit";
	}

	static String register(UUID campaign) {
		return campaign(campaign) + "/register";
	}

	static String newSite(UUID campaign) {
		return campaign(campaign) + "/sites/new";
	}

	static String site(UUID campaign, UUID site) {
		return campaign(campaign) + "/sites/" + site;
	}

	static String editSite(UUID campaign, UUID site) {
		return site(campaign, site) + "/edit";
	}

	static String registrations(UUID campaign) {
		return campaign(campaign) + "/registrations.csv";
	}

	static String siteRegistrations(UUID campaign, UUID site) {
		return site(campaign, site) + "/registrations.csv";
	}

	/** The organizers' list of teams and registrations. */
	static String teams(UUID campaign) {
		return campaign(campaign) + "/teams";
	}

	static String renameTeam(UUID campaign, UUID team) {
		return teams(campaign) + "/" + team + "/edit";
	}

	static String move(UUID campaign, UUID registration) {
		return campaign(campaign) + "/registrations/" + registration + "/move";
	}

	/** The registrant's private page, where they cancel. */
	static String registration(String secret) {
		return LIST + "/registrations/" + secret;
	}

}
