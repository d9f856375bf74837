package org.latch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.calendar.CampaignManagement;
import org.latch.calendar.NewCampaign;
import org.latch.calendar.NewRegistration;
import org.latch.calendar.NewSite;
import org.latch.directory.UnitId;
import org.latch.geo.GeoPoint;
import org.latch.partner.CurrentSponsor;
import org.latch.partner.SponsorId;
import org.latch.partner.SponsorRegister;

/**
 * The demo's Stroll-like campaign, 45 days ahead: organized by Latch USA with three
 * co-hosts, five local sites ({@code demo/campaign-sites.tsv}, Boston Common full with a
 * waitlist), teams, individual and virtual registrations
 * ({@code demo/campaign-registrations.tsv}; the second person waiting at Boston Common
 * has the private page {@value #WAITING_PAGE}), the story also in Spanish and Portuguese,
 * the current sponsors and an expired one (which the page leaves out). Its id is fixed so
 * that other demo code (the fundraising demo) can credit gifts to it; milk donors of
 * {@code demo/milk-donors.csv} marked {@code stroll} pledge toward it.
 */
@Component
public class DemoCampaign {

	/** The demo campaign's id. */
	public static final UUID DEMO_CAMPAIGN = UUID.fromString("c0ffee00-57a0-4011-8000-000000000001");

	/** The private page of the second person waiting for Boston Common. */
	public static final String WAITING_PAGE = "/campaigns/registrations/demo-stroll-waiting-02";

	private final CampaignManagement campaigns;

	private final AccountManagement accounts;

	private final SponsorRegister sponsors;

	DemoCampaign(CampaignManagement campaigns, AccountManagement accounts, SponsorRegister sponsors) {
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.sponsors = sponsors;
	}

	/** Loads the campaign; returns how many registrations it has. */
	int load(Map<String, UnitId> units, List<SponsorId> expiredSponsors) {
		List<SponsorId> chosen = new java.util.ArrayList<>(
				this.sponsors.currentSponsors().stream().limit(3).map(CurrentSponsor::id).toList());
		chosen.addAll(expiredSponsors.stream().limit(1).toList());
		LocalDate day = this.sponsors.today().plusDays(45);
		String[] story = DemoFiles.text("demo/campaign-story.txt").split("\n", 2);
		this.campaigns.create(DEMO_CAMPAIGN,
				new NewCampaign(units.get("usa"), story[0].strip(), story[1].strip(), day,
						ZoneId.of("America/New_York"), List.of(units.get("intl"), units.get("bra"), units.get("carib")),
						5000, true, chosen, true));
		Map<String, UUID> sites = new HashMap<>();
		for (String[] row : DemoFiles.tsv("demo/campaign-sites.tsv")) {
			UUID coordinator = row[5].isEmpty() ? null : this.accounts.person(row[5]).map(Person::id).orElseThrow();
			sites.put(row[0],
					this.campaigns.addSite(DEMO_CAMPAIGN,
							new NewSite(row[0], row[1], row[2],
									new GeoPoint(Double.parseDouble(row[3]), Double.parseDouble(row[4])), coordinator,
									LocalTime.parse(row[6]), new BigDecimal(row[7]), Integer.parseInt(row[8]),
									row[9].isEmpty() ? null : Integer.valueOf(row[9]))));
		}
		for (String language : List.of("es", "pt-BR")) {
			this.campaigns.translateStory(DEMO_CAMPAIGN, language,
					DemoFiles.text("demo/campaign-story-" + language + ".txt").strip());
		}
		List<String[]> registrations = DemoFiles.tsv("demo/campaign-registrations.tsv");
		for (String[] row : registrations) {
			NewRegistration registration = new NewRegistration(row[0].equals("virtual") ? null : sites.get(row[0]),
					row[1].isEmpty() ? null : row[1], row[2], row[3], row[4], Integer.parseInt(row[5]));
			if (row[6].isEmpty()) {
				this.campaigns.register(DEMO_CAMPAIGN, registration);
			}
			else {
				this.campaigns.register(DEMO_CAMPAIGN, registration, row[6]);
			}
		}
		return registrations.size();
	}

}
