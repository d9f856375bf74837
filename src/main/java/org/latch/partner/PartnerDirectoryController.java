package org.latch.partner;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.Language;
import org.latch.platform.MapSettings;
import org.latch.platform.ReadOnlyPage;

/**
 * The public partner directory, searchable by region, level and language, and a page per
 * partner. A filter value that is not one of the choices is a 400.
 */
@Controller
class PartnerDirectoryController {

	private final PartnerDirectory directory;

	private final MapSettings map;

	PartnerDirectoryController(PartnerDirectory directory, MapSettings map) {
		this.directory = directory;
		this.map = map;
	}

	@ReadOnlyPage
	@GetMapping(PartnerPaths.DIRECTORY)
	String find(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String language, Model model, Locale locale) {
		String place = (region == null) ? "" : region.strip();
		PartnerLevel chosen = null;
		if (level != null && !level.isEmpty()) {
			chosen = java.util.Arrays.stream(PartnerLevel.values())
				.filter(l -> l.name().equals(level))
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		if (place.length() > 100 || (language != null && !language.isEmpty()
				&& Language.all().stream().noneMatch(l -> l.tag().equals(language)))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		java.util.List<PartnerCard> partners = this.directory.find(place, chosen, language,
				Language.of(locale).locale());
		model.addAttribute("partners", partners);
		// a map only when some partner has a point; tiles only if the operator set them
		model.addAttribute("mapped", partners.stream().anyMatch(partner -> partner.point() != null));
		model.addAttribute("tiles", this.map.hasTiles() ? this.map.tiles() : null);
		model.addAttribute("attribution", this.map.attribution());
		model.addAttribute("region", place);
		model.addAttribute("level", (chosen == null) ? "" : chosen.name());
		model.addAttribute("language", (language == null) ? "" : language);
		return "partner/directory";
	}

	@ReadOnlyPage
	@GetMapping(PartnerPaths.DIRECTORY + "/{id}")
	String partner(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("partner", this.directory.partner(id, Language.of(locale).locale())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "partner/partner";
	}

}
