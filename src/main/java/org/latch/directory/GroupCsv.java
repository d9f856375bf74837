package org.latch.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.latch.platform.Language;

/**
 * The columns of the groups file and how a row maps to a {@link GroupForm}; form fields
 * map back to columns so the import report names the column a spreadsheet shows.
 */
final class GroupCsv {

	static final String DESCRIPTION = "description_";

	static final List<String> HEADER = header();

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("streetAddress", "street_address", "postalCode",
			"postal_code");

	private GroupCsv() {
	}

	private static List<String> header() {
		List<String> columns = new ArrayList<>(
				List.of("slug", "parent", "name", "country", "region", "city", "street_address", "postal_code",
						"latitude", "longitude", "online", "languages", "email", "phone", "website"));
		Language.all().forEach(language -> columns.add(DESCRIPTION + language.tag()));
		return List.copyOf(columns);
	}

	static List<String> row(OrganizationUnit group, String parentSlug) {
		GroupForm form = GroupForm.of(group.input());
		List<String> cells = new ArrayList<>(List.of(group.slug(), parentSlug, form.name(), form.country(),
				form.region(), form.city(), form.streetAddress(), form.postalCode(), form.latitude(), form.longitude(),
				Boolean.toString(form.online()), String.join(" ", form.languages()), form.email(), form.phone(),
				form.website()));
		Language.all().forEach(language -> cells.add(form.description(language.tag())));
		return cells;
	}

	static GroupForm form(Map<String, String> cells) {
		Map<String, String> descriptions = new LinkedHashMap<>();
		Language.all().forEach(language -> descriptions.put(language.tag(), cells.get(DESCRIPTION + language.tag())));
		List<String> languages = cells.get("languages").isBlank() ? List.of()
				: List.of(cells.get("languages").strip().split("[\\s,]+"));
		return new GroupForm(cells.get("name"), cells.get("country"), cells.get("region"), cells.get("city"),
				cells.get("street_address"), cells.get("postal_code"), cells.get("latitude"), cells.get("longitude"),
				cells.get("online").strip().equalsIgnoreCase("true"), languages, cells.get("email"), cells.get("phone"),
				cells.get("website"), descriptions);
	}

	static String column(String field) {
		if (field.startsWith(GroupForm.DESCRIPTION)) {
			return DESCRIPTION + field.substring(GroupForm.DESCRIPTION.length());
		}
		return COLUMN_OF_FIELD.getOrDefault(field, field);
	}

}
