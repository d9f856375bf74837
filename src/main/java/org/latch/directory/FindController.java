package org.latch.directory;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;
import org.latch.geo.Place;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.MapSettings;
import org.latch.platform.PageContext;
import org.latch.platform.ReadOnlyPage;

/**
 * "Find support near me": a GET form (shareable, works without JavaScript) and the
 * matching groups, nearest first; place suggestions as the visitor types (htmx), with the
 * same suggestions on the page when a place is not found.
 */
@Controller
class FindController {

	static final String ZONE_COOKIE = "latch-tz";

	private static final int SUGGESTIONS = 8;

	private static final int MILK_PLACES = 10;

	private static final int PROFESSIONALS = 10;

	private final DirectoryManagement directory;

	private final GeoManagement geo;

	private final MapSettings map;

	private final MilkPlaces milkPlaces;

	private final HealthProfessionals professionals;

	private final OrganizationChoices organizations;

	FindController(DirectoryManagement directory, GeoManagement geo, MapSettings map, MilkPlaces milkPlaces,
			HealthProfessionals professionals, OrganizationChoices organizations) {
		this.milkPlaces = milkPlaces;
		this.professionals = professionals;
		this.organizations = organizations;
		this.directory = directory;
		this.geo = geo;
		this.map = map;
	}

	@ReadOnlyPage
	@GetMapping("/find")
	String find(@RequestParam MultiValueMap<String, String> parameters,
			@ModelAttribute(name = "page", binding = false) PageContext page,
			@CookieValue(name = ZONE_COOKIE, required = false) @Nullable String zone, HttpServletRequest request,
			Model model) {
		FindForm form = FindForm.of(parameters);
		FormErrors errors = FormErrors.none();
		GeoPoint near = null;
		List<FindPage.Option> suggestions = List.of();
		if (!form.nearText().isEmpty()) {
			Optional<GeoPoint> located = this.geo.locate(form.nearText());
			if (located.isEmpty()) {
				errors.reject("near", "find.near.not-found");
				suggestions = places(form.nearText().replaceAll(",.*", ""));
			}
			near = located.orElse(null);
		}
		DistanceUnit unit = unit(form, near, request.getLocale());
		String language = Language.match(form.language())
			.filter(l -> l.tag().equalsIgnoreCase(form.language().strip()))
			.map(Language::tag)
			.orElse("");
		FindQuery query = new FindQuery(form.qText(), near, unit.toKm(form.radiusValue()), language, form.findMode(),
				form.pageNumber(), form.days(), form.timeOfDay(), form.audienceChoice(), form.organization(),
				visitorZone(zone), page.language().tag());
		FindResultsView view = new FindResultsView(form, query, unit, page,
				(number, radius) -> link(form, query, unit, language, number, radius));
		FindPage.Results results = errors.any() ? null : view.results(this.directory.findGroups(query));
		List<FindPage.MilkRow> milk = (results == null || near == null || query.mode() == FindMode.ONLINE) ? List.of()
				: view.milk(this.milkPlaces.near(near, query.radiusKm()).stream().limit(MILK_PLACES).toList());
		List<FindPage.CareRow> care = (results == null) ? List.of()
				: view.professionals(professionals(near, query, language.isEmpty() ? page.language().tag() : language));
		FindOptions options = new FindOptions(page);
		model.addAttribute("errors", errors);
		model.addAttribute("find", new FindPage(form.nearText(), form.qText(), unit.value(), form.modeValue(),
				options.radii(shownRadius(form, unit, query), unit), options.languages(language),
				options.days(query.days()), options.times(query.timeOfDay()), options.audiences(query.audience()),
				this.organizations.options(query.within()), query.wantsMeetingSlots() || query.within() != null,
				suggestions, results, view.map(results, this.map), milk, care));
		return "directory/find";
	}

	/**
	 * Lactation consultants and doctors near the searched place (in the language asked
	 * for, if any), or those who see families by video in the language for an online
	 * search.
	 */
	private List<ProfessionalView> professionals(@Nullable GeoPoint near, FindQuery query, String language) {
		if (query.mode() == FindMode.ONLINE) {
			return this.professionals.byVideo(language).stream().limit(PROFESSIONALS).toList();
		}
		if (near == null) {
			return List.of();
		}
		return this.professionals.near(near, query.radiusKm())
			.stream()
			.filter(professional -> query.language() == null || query.language().isEmpty()
					|| professional.speaks(query.language()))
			.limit(PROFESSIONALS)
			.toList();
	}

	/**
	 * Place names for the "near" field as the visitor types: an htmx partial of options.
	 */
	@ReadOnlyPage
	@GetMapping("/find/places")
	String places(@RequestParam(name = "near", required = false) @Nullable String near, Model model) {
		model.addAttribute("places", places(near));
		return "directory/find-places";
	}

	private List<FindPage.Option> places(@Nullable String typed) {
		return this.geo.suggest(typed, SUGGESTIONS).stream().map(FindController::label).toList();
	}

	private static FindPage.Option label(Place place) {
		String qualifier = ("US".equals(place.country()) && !place.admin1().isEmpty()) ? place.admin1()
				: place.country();
		String text = place.name() + ", " + qualifier;
		return new FindPage.Option(text, text, false);
	}

	/**
	 * The unit chosen in the form, else miles for visitors whose browser says they live
	 * where distances are in miles, or who search near such a place.
	 */
	private DistanceUnit unit(FindForm form, @Nullable GeoPoint near, Locale visitor) {
		DistanceUnit chosen = DistanceUnit.of(form.unit());
		if (chosen != null) {
			return chosen;
		}
		if (!visitor.getCountry().isEmpty()) {
			return DistanceUnit.forCountry(visitor.getCountry());
		}
		return DistanceUnit.forCountry(this.geo.nearestPlace(near).map(Place::country).orElse(null));
	}

	/** The same search on another page or radius; the language stays in the cookie. */
	private static String link(FindForm form, FindQuery query, DistanceUnit unit, String language, int page,
			int radius) {
		return UriComponentsBuilder.fromPath("/find")
			.queryParamIfPresent("near", Optional.of(form.nearText()).filter(s -> !s.isEmpty()))
			.queryParam("radius", radius)
			.queryParam("unit", unit.value())
			.queryParamIfPresent("language", Optional.of(language).filter(s -> !s.isEmpty()))
			.queryParam("mode", form.modeValue())
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParam("day", query.days().stream().map(DayOfWeek::name).map(String::toLowerCase).toArray())
			.queryParamIfPresent("time",
					Optional.ofNullable(query.timeOfDay()).map(t -> t.name().toLowerCase(Locale.ROOT)))
			.queryParamIfPresent("audience",
					Optional.ofNullable(query.audience()).map(a -> a.name().toLowerCase(Locale.ROOT)))
			.queryParamIfPresent("org", Optional.ofNullable(query.within()).map(id -> id.value().toString()))
			.queryParam("page", page)
			.build()
			.encode()
			.toUriString();
	}

	/** The radius as typed, or the nearest allowed one when it was out of range. */
	private static int shownRadius(FindForm form, DistanceUnit unit, FindQuery query) {
		return (unit.toKm(form.radiusValue()) == query.radiusKm()) ? form.radiusValue()
				: (int) Math.round(unit.fromKm(query.radiusKm()));
	}

	private static @Nullable ZoneId visitorZone(@Nullable String zone) {
		try {
			return (zone == null || zone.isBlank() || zone.length() > 64) ? null : ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
