package org.latch.calendar;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.Localizer;
import org.latch.platform.MapSettings;

/**
 * The public campaign pages: upcoming campaigns, a campaign with its sites on a list and
 * a map, its sponsors and live totals, and each site's own page. A draft is shown only to
 * its organizers; to anyone else it does not exist.
 */
@Controller
class CampaignController {

	private final Campaigns campaigns;

	private final CampaignPages pages;

	private final CurrentAccount current;

	private final MapSettings map;

	private final MessageSource messages;

	CampaignController(Campaigns campaigns, CampaignPages pages, CurrentAccount current, MapSettings map,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.pages = pages;
		this.current = current;
		this.map = map;
		this.messages = messages;
	}

	@GetMapping(CampaignPaths.LIST)
	String list(Model model, Locale locale) {
		model.addAttribute("campaigns",
				this.campaigns.upcoming()
					.stream()
					.map(campaign -> this.pages.page(campaign.id(), new Localizer(this.messages, locale), false, null))
					.flatMap(java.util.Optional::stream)
					.toList());
		return "calendar/campaigns";
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable UUID id, @Nullable Principal principal, Model model, Locale locale) {
		UUID reader = this.current.id(principal);
		boolean organizes = reader != null && this.campaigns.organizes(id, reader);
		CampaignView view = this.pages.page(id, new Localizer(this.messages, locale), organizes, reader)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("campaign", view);
		model.addAttribute("map", this.map);
		return "calendar/campaign";
	}

	@GetMapping("/campaigns/{id}/sites/{site}")
	String site(@PathVariable UUID id, @PathVariable UUID site, @Nullable Principal principal, Model model,
			Locale locale) {
		UUID reader = this.current.id(principal);
		boolean organizes = reader != null && this.campaigns.organizes(id, reader);
		CampaignView campaign = this.pages.page(id, new Localizer(this.messages, locale), organizes, reader)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean coordinates = reader != null && this.campaigns.coordinates(site, reader);
		model.addAttribute("campaign", campaign);
		model.addAttribute("site", this.pages.site(id, site, locale, coordinates)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "calendar/site";
	}

}
