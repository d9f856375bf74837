package org.latch.directory;

import org.latch.platform.VisitorZone;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import org.latch.platform.PageContext;
import org.latch.platform.ReadOnlyPage;

/**
 * A local group's public page: who they are, where and when they meet (next dates in the
 * visitor's time zone), how to reach them and their calendar feed.
 */
@Controller
class GroupPageController {

	private final GroupPages pages;

	private final LeaderProfiles leaders;

	GroupPageController(GroupPages pages, LeaderProfiles leaders) {
		this.pages = pages;
		this.leaders = leaders;
	}

	static String path(String slug) {
		return UriComponentsBuilder.fromPath("/groups/{slug}").buildAndExpand(slug).encode().toUriString();
	}

	@ReadOnlyPage
	@GetMapping("/groups/{slug}")
	String group(@PathVariable String slug,
			@RequestParam(name = VisitorZone.PARAMETER, required = false) @Nullable String tz,
			@CookieValue(name = VisitorZone.COOKIE, required = false) @Nullable String cookie,
			@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		UnitView unit = this.pages.group(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("group",
				this.pages.page(unit, page.i18n(), VisitorZone.resolve(tz, cookie), ZonedDateTime.now()));
		model.addAttribute("leaders", this.leaders.listedLeadersOf(unit.id()).stream().map(GroupLeader::of).toList());
		return "directory/group";
	}

}
