package org.latch.calendar;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rows of the registrations CSV, in the order people registered. */
@Service
class RegistrationExport {

	private final RegistrationRepository registrations;

	private final SiteRepository sites;

	private final TeamRepository teams;

	RegistrationExport(RegistrationRepository registrations, SiteRepository sites, TeamRepository teams) {
		this.registrations = registrations;
		this.sites = sites;
		this.teams = teams;
	}

	@Transactional(readOnly = true)
	List<List<String>> ofCampaign(UUID campaign) {
		return rows(campaign, this.registrations.findByCampaignIdOrderByCreatedAtAscIdAsc(campaign));
	}

	@Transactional(readOnly = true)
	List<List<String>> ofSite(UUID site) {
		UUID campaign = this.sites.findById(site).map(Site::campaignId).orElseThrow();
		return rows(campaign, this.registrations.findBySiteIdOrderByCreatedAtAscIdAsc(site));
	}

	private List<List<String>> rows(UUID campaign, List<Registration> registrations) {
		Map<UUID, String> siteNames = this.sites.namesOf(campaign);
		Map<UUID, String> teamNames = this.teams.namesOf(campaign);
		Function<Registration, List<String>> row = registration -> List.of(registration.reference(),
				registration.status().name(),
				(registration.siteId() == null) ? "virtual" : siteNames.getOrDefault(registration.siteId(), ""),
				(registration.teamId() == null) ? "" : teamNames.getOrDefault(registration.teamId(), ""),
				registration.displayName(), registration.email(), registration.language(),
				Integer.toString(registration.people()),
				(registration.feeOwedCents() == null) ? ""
						: BigDecimal.valueOf(registration.feeOwedCents(), 2).toPlainString(),
				registration.createdAt().toString());
		return registrations.stream().map(row).toList();
	}

}
