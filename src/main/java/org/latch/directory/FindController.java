package org.latch.directory;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.PageContext;

/**
 * "Find support near me": a GET form (shareable, works without JavaScript) and the
 * matching groups, nearest first.
 */
@Controller
class FindController {

	private final DirectoryManagement directory;

	private final GeoManagement geo;

	FindController(DirectoryManagement directory, GeoManagement geo) {
		this.directory = directory;
		this.geo = geo;
	}

	@GetMapping("/find")
	String find(FindForm form, @ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		FormErrors errors = FormErrors.none();
		GeoPoint near = null;
		if (!form.nearText().isEmpty()) {
			Optional<GeoPoint> located = this.geo.locate(form.nearText());
			if (located.isEmpty()) {
				errors.reject("near", "find.near.not-found");
			}
			near = located.orElse(null);
		}
		String language = Language.match(form.language() == null ? "" : form.language())
			.filter(l -> l.tag().equalsIgnoreCase(form.language().strip()))
			.map(Language::tag)
			.orElse("");
		FindQuery query = new FindQuery(form.qText(), near, form.radiusKm(), language, form.findMode(),
				form.pageNumber());
		FindPage.Results results = errors.any() ? null : results(this.directory.findGroups(query), query, form, page);
		model.addAttribute("errors", errors);
		model.addAttribute("find", new FindPage(form.nearText(), form.qText(), query.radiusKm(), language,
				form.modeValue(), radii(query.radiusKm()), languages(language), results));
		return "directory/find";
	}

	private static FindPage.Results results(FindResults found, FindQuery query, FindForm form, PageContext page) {
		NumberFormat km = NumberFormat.getNumberInstance(page.language().locale());
		km.setMaximumFractionDigits(1);
		km.setMinimumFractionDigits(1);
		return new FindPage.Results(rows(found.inPerson(), km, page), found.inPersonTotal(),
				rows(found.online(), km, page), found.onlineTotal(), query.mode() != FindMode.ONLINE,
				query.mode() != FindMode.IN_PERSON, found.page(),
				found.hasPrevious() ? link(form, query, found.page() - 1) : null,
				found.hasNext() ? link(form, query, found.page() + 1) : null);
	}

	private static List<FindPage.Row> rows(List<FoundGroup> groups, NumberFormat km, PageContext page) {
		return groups.stream().map(group -> {
			String place = Stream.of(group.city(), group.country())
				.filter(part -> part != null && !part.isBlank())
				.collect(Collectors.joining(", "));
			String distance = group.distanceKm() == null ? null
					: page.t("find.distance", km.format(group.distanceKm()));
			String languages = group.languages()
				.stream()
				.map(tag -> Language.match(tag).map(Language::nativeName).orElse(tag))
				.collect(Collectors.joining(", "));
			return new FindPage.Row(group.name(), place, distance, languages);
		}).toList();
	}

	/** The same search on another page; the language stays in the visitor's cookie. */
	private static String link(FindForm form, FindQuery query, int page) {
		return UriComponentsBuilder.fromPath("/find")
			.queryParamIfPresent("near", Optional.of(form.nearText()).filter(s -> !s.isEmpty()))
			.queryParam("radius", query.radiusKm())
			.queryParamIfPresent("language", Optional.ofNullable(query.language()))
			.queryParam("mode", form.modeValue())
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParam("page", page)
			.build()
			.encode()
			.toUriString();
	}

	private static List<FindPage.Option> radii(int chosen) {
		List<FindPage.Option> options = new ArrayList<>();
		boolean listed = false;
		for (int radius : FindForm.RADII) {
			options.add(new FindPage.Option(String.valueOf(radius), String.valueOf(radius), radius == chosen));
			listed |= radius == chosen;
		}
		if (!listed) {
			// A radius typed into the address bar (within the allowed range) stays
			// chosen.
			options.add(new FindPage.Option(String.valueOf(chosen), String.valueOf(chosen), true));
			options.sort((a, b) -> Integer.compare(Integer.parseInt(a.value()), Integer.parseInt(b.value())));
		}
		return options;
	}

	private static List<FindPage.Option> languages(String chosen) {
		List<FindPage.Option> options = new ArrayList<>();
		for (Language language : Language.all()) {
			options.add(new FindPage.Option(language.tag(), language.nativeName(), language.tag().equals(chosen)));
		}
		return options;
	}

}
