package org.latch.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * Realistic import files at scale: a groups file with one new group in each of the most
 * populous US towns of the bundled GeoNames data (names, street addresses, ZIP codes,
 * languages and descriptions as a national organization would write them), and a meetings
 * file with their meetings. The broken variants damage about 25 rows in the ways people
 * damage spreadsheets, and list what the report must say about each; the fixed variants
 * hold the same groups with those rows corrected.
 *
 * <p>
 * Run {@link #main} to write the four files for a try in the browser.
 */
final class LargeImportFiles {

	/** A problem the import must report: spreadsheet row (header is 1), column, key. */
	record Expected(long row, String column, String key) {
	}

	/** A file's text and the problems its check must report. */
	record File(String csv, List<Expected> problems) {
	}

	private static final String[] EN_NAMES = { "%s Breastfeeding Circle", "%s Nursing Parents Group",
			"%s Human Milk Families", "%s Chestfeeding and Breastfeeding Support", "Breastfeeding Café %s" };

	private static final Map<String, String> NAME_IN = Map.of("es", "Grupo de Lactancia de %s", "pt-BR",
			"Roda de Amamentação de %s", "fr", "Cercle d'allaitement de %s", "ht", "Gwoup Tete Bebe %s");

	private static final Map<String, String> DESCRIPTION = Map.of("en",
			"A friendly group in %s for parents who breastfeed or chestfeed, are expecting, or feed their baby "
					+ "human milk in any way. Partners, grandparents and babies are welcome; the meetings are free. "
					+ "We meet in the community room at %s: the entrance is step-free, parking is free and the bus "
					+ "stops in front. Write or call before your first visit if you have a question.",
			"es",
			"Un grupo acogedor en %s para quienes amamantan, esperan un bebé o alimentan a su bebé con leche "
					+ "humana. Parejas, abuelos y bebés son bienvenidos; las reuniones son gratuitas.",
			"pt-BR",
			"Um grupo acolhedor em %s para quem amamenta, está à espera de um bebê ou alimenta o bebê com leite "
					+ "humano. Parceiros, avós e bebês são bem-vindos; os encontros são gratuitos.",
			"fr",
			"Un groupe chaleureux à %s pour les parents qui allaitent, attendent un bébé ou nourrissent leur "
					+ "bébé au lait humain. Partenaires, grands-parents et bébés sont les bienvenus ; c'est gratuit.",
			"ht", "Yon gwoup zanmi nan %s pou paran k ap bay tete, k ap tann yon bebe oswa k ap bay bebe yo lèt moun. "
					+ "Patnè, granparan ak bebe yo byenveni; reyinyon yo gratis.");

	private static final String[] STREETS = { "Main Street", "Oak Avenue", "Maple Street", "Church Street",
			"Library Lane", "Park Avenue", "Elm Street", "Washington Street", "Community Drive", "Pine Road" };

	private static final String[] RULES = { "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=1SA", "FREQ=WEEKLY;BYDAY=WE",
			"FREQ=MONTHLY;BYDAY=-1TH", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "FREQ=MONTHLY;BYDAY=3FR" };

	private static final String[] AUDIENCES = { "", "NEWBORN", "EXPECTING NEWBORN", "TODDLER", "PARTNERS_WELCOME",
			"WORKING_PARENTS", "NICU_PRETERM MULTIPLES", "LGBTQ_FAMILIES" };

	private static final String[] ACCESS = { "STEP_FREE", "PARKING TRANSIT", "CHILD_FRIENDLY", "",
			"STEP_FREE PARKING CHILD_FRIENDLY" };

	private static final Set<String> SPANISH = Set.of("TX", "CA", "FL", "AZ", "NM", "NV", "CO", "IL", "NY", "NJ");

	private final List<Town> towns;

	private final String suffix;

	private final UnaryOperator<String> parentOfState;

	/**
	 * @param count how many groups (the most populous towns first)
	 * @param suffix added to every slug, so that several runs can share a database
	 * @param parentOfState the parent slug for a two-letter state code
	 */
	LargeImportFiles(int count, String suffix, UnaryOperator<String> parentOfState) {
		this.towns = towns(count);
		this.suffix = suffix;
		this.parentOfState = parentOfState;
	}

	/** The towns' group names, in file order. */
	List<String> names() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < this.towns.size(); i++) {
			names.add(name(i));
		}
		return names;
	}

	String slug(int i) {
		Town town = this.towns.get(i);
		return ascii(town.name) + "-" + town.state.toLowerCase(Locale.ROOT) + "-" + this.suffix;
	}

	Town town(int i) {
		return this.towns.get(i);
	}

	File groups(boolean broken) {
		List<Expected> expected = new ArrayList<>();
		StringBuilder csv = new StringBuilder(String.join(",", GroupCsv.HEADER)).append("\r\n");
		for (int i = 0; i < this.towns.size(); i++) {
			Map<String, String> row = groupRow(i);
			long number = i + 2;
			String damage = broken ? damageGroup(i, row) : null;
			if (damage != null) {
				expected.add(new Expected(number, damage.substring(0, damage.indexOf(' ')),
						damage.substring(damage.indexOf(' ') + 1)));
			}
			List<String> cells = new ArrayList<>(row.values());
			if (broken && i == 610) {
				cells = cells.subList(0, cells.size() - 2);
				expected.add(new Expected(number, "", "manage.import.cells"));
			}
			line(csv, cells);
		}
		return new File(csv.toString(), expected);
	}

	File meetings(boolean broken) {
		List<Expected> expected = new ArrayList<>();
		StringBuilder csv = new StringBuilder(String.join(",", MeetingCsv.HEADER)).append("\r\n");
		long number = 2;
		for (int i = 0; i < this.towns.size(); i++) {
			for (int m = 0; m < (i % 3 == 0 ? 2 : 1); m++) {
				Map<String, String> row = meetingRow(i, m);
				String damage = broken && m == 0 ? damageMeeting(i, row) : null;
				if (damage != null) {
					expected.add(new Expected(number, damage.substring(0, damage.indexOf(' ')),
							damage.substring(damage.indexOf(' ') + 1)));
				}
				line(csv, new ArrayList<>(row.values()));
				number++;
			}
		}
		return new File(csv.toString(), expected);
	}

	private String name(int i) {
		Town town = this.towns.get(i);
		List<String> languages = languages(i);
		String first = languages.getFirst();
		String pattern = first.equals("en") ? EN_NAMES[i % EN_NAMES.length] : NAME_IN.get(first);
		return pattern.formatted(town.name);
	}

	private List<String> languages(int i) {
		Town town = this.towns.get(i);
		List<String> languages = new ArrayList<>();
		if (town.state.equals("PR")) {
			languages.add("es");
		}
		languages.add("en");
		if (SPANISH.contains(town.state) && i % 2 == 0) {
			languages.add("es");
		}
		if ((town.state.equals("FL") || town.state.equals("NY") || town.state.equals("MA")) && i % 5 == 1) {
			languages.add("ht");
		}
		if ((town.state.equals("MA") || town.state.equals("RI") || town.state.equals("NJ")) && i % 4 == 3) {
			languages.add("pt-BR");
		}
		if ((town.state.equals("LA") || town.state.equals("ME") || town.state.equals("VT")) && i % 3 == 0) {
			languages.add("fr");
		}
		return languages;
	}

	private boolean online(int i) {
		return i % 97 == 50;
	}

	private Map<String, String> groupRow(int i) {
		Town town = this.towns.get(i);
		String slug = slug(i);
		List<String> languages = languages(i);
		Map<String, String> row = new LinkedHashMap<>();
		GroupCsv.HEADER.forEach(column -> row.put(column, ""));
		row.put("slug", slug);
		row.put("parent", this.parentOfState.apply(town.state));
		row.put("name", name(i));
		row.put("country", "US");
		row.put("region", town.state);
		row.put("city", town.name);
		if (!online(i)) {
			row.put("street_address", (10 + (i * 37) % 980) + " " + STREETS[i % STREETS.length]);
			row.put("postal_code", town.zip);
			row.put("latitude", town.latitude);
			row.put("longitude", town.longitude);
		}
		row.put("online", Boolean.toString(online(i)));
		row.put("languages", String.join(" ", languages));
		row.put("email", slug + "@groups.example.org");
		row.put("phone", i % 4 == 0 ? String.format(Locale.ROOT, "(555) 010-%04d", i) : "");
		row.put("website", i % 3 == 0 ? "https://groups.example.org/" + slug : "");
		for (String language : languages) {
			row.put(GroupCsv.DESCRIPTION + language, DESCRIPTION.get(language)
				.formatted(town.name, row.get("street_address").isEmpty() ? "the library" : row.get("street_address")));
		}
		return row;
	}

	/** Damages some rows of the groups file; answers "column key" of the problem. */
	private String damageGroup(int i, Map<String, String> row) {
		return switch (i) {
			case 7 -> set(row, "latitude", "91.5", "latitude manage.validation.coordinates");
			case 60 -> set(row, "longitude", "-200.25", "longitude manage.validation.coordinates");
			case 95 -> set(row, "latitude", "40,7", "latitude manage.validation.coordinates");
			case 130 -> set(row, "languages", "en klingon", "languages validation.meeting.language");
			case 171 -> set(row, "name", "", "name validation.required");
			case 222 -> set(row, "slug", slug(221), "slug manage.import.duplicate");
			case 260 -> set(row, GroupCsv.DESCRIPTION + "en", "Welcome! ".repeat(556),
					GroupCsv.DESCRIPTION + "en manage.validation.max.2000");
			case 301 ->
				set(row, "name", "=HYPERLINK(\"https://evil.example\",\"Click\")", "name manage.import.formula");
			case 350 -> set(row, "country", "USA", "country manage.validation.max.2");
			case 402 -> set(row, "email", "leader at example.org", "email manage.validation.email");
			case 455 -> set(row, "website", "javascript:alert(1)", "website manage.validation.website");
			case 500 -> set(row, "parent", "us-narnia", "parent manage.import.parent");
			case 544 -> set(row, "slug", "Main Street Group!", "slug manage.validation.slug");
			case 580 -> set(row, "online", "yes", "online manage.validation.boolean");
			case 666 -> set(row, "phone", "call after 5pm", "phone manage.validation.phone");
			case 707 -> set(row, "region", "New York", "region manage.validation.region");
			case 777 -> set(row, "name", "Circle ".repeat(715), "name manage.validation.max.200");
			case 890 -> set(row, "postal_code", "0211#", "postal_code manage.validation.postalCode");
			case 999 -> set(row, "languages", "", "languages validation.meeting.language");
			default -> null;
		};
	}

	private Map<String, String> meetingRow(int i, int m) {
		Town town = this.towns.get(i);
		boolean evening = m == 1;
		Map<String, String> row = new LinkedHashMap<>();
		row.put("id", "");
		row.put("group", slug(i));
		row.put("title", evening ? "Evening meeting" : i % 4 == 0 ? "Monthly meeting" : "");
		row.put("rrule", RULES[(i + m) % RULES.length]);
		row.put("first_date", "2026-12-01");
		row.put("start_time", evening ? "18:30" : i % 2 == 0 ? "10:00" : "13:00");
		row.put("duration_minutes", evening ? "60" : "90");
		row.put("time_zone", town.zone());
		row.put("format", online(i) || evening ? "ONLINE" : i % 7 == 0 ? "HYBRID" : "IN_PERSON");
		row.put("languages", String.join(" ", languages(i)));
		row.put("audiences", AUDIENCES[i % AUDIENCES.length]);
		row.put("accessibility", online(i) || evening ? "" : ACCESS[i % ACCESS.length]);
		row.put("cancelled_dates", i % 10 == 0 && !evening ? cancelled(row.get("rrule")) : "");
		row.put("extra_dates", "");
		return row;
	}

	private static String cancelled(String rule) {
		return switch (rule) {
			case "FREQ=MONTHLY;BYDAY=2TU" -> "2026-12-08";
			case "FREQ=MONTHLY;BYDAY=-1TH" -> "2026-12-31";
			default -> "";
		};
	}

	private String damageMeeting(int i, Map<String, String> row) {
		return switch (i) {
			case 12 -> set(row, "rrule", "FREQ=SOMETIMES;BYDAY=TU", "rrule validation.meeting.rrule");
			case 88 -> set(row, "rrule", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "rrule validation.meeting.never");
			case 145 -> set(row, "time_zone", "America/Springfield", "time_zone validation.meeting.zone");
			case 233 -> set(row, "languages", "en tlh", "languages validation.meeting.language");
			case 316 -> set(row, "start_time", "25:00", "start_time manage.validation.time");
			case 420 -> set(row, "group", "no-such-group-" + this.suffix, "group manage.import.group");
			case 512 -> set(row, "format", "LIVE", "format validation.invalid");
			case 640 -> set(row, "first_date", "2027-02-30", "first_date manage.validation.date");
			case 733 -> set(row, "duration_minutes", "0", "duration_minutes validation.meeting.duration");
			case 868 -> set(row, "rrule", "FREQ=HOURLY", "rrule validation.meeting.frequency");
			default -> null;
		};
	}

	private static String set(Map<String, String> row, String column, String value, String problem) {
		row.put(column, value);
		return problem;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			String cell = Objects.requireNonNullElse(cells.get(c), "");
			if (c > 0) {
				csv.append(',');
			}
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
				csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(cell);
			}
		}
		csv.append("\r\n");
	}

	static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
	}

	/** A US town of the bundled places, with the nearest bundled ZIP code. */
	record Town(String name, String state, String latitude, String longitude, String zip) {

		String zone() {
			double lon = Double.parseDouble(this.longitude);
			return switch (this.state) {
				case "AK" -> "America/Anchorage";
				case "HI" -> "Pacific/Honolulu";
				case "PR", "VI" -> "America/Puerto_Rico";
				case "AZ" -> "America/Phoenix";
				default -> lon > -86.5 ? "America/New_York"
						: lon > -101 ? "America/Chicago" : lon > -114.5 ? "America/Denver" : "America/Los_Angeles";
			};
		}

	}

	private static List<Town> towns(int count) {
		List<String[]> places = new ArrayList<>();
		read("geo/places.csv.gz", fields -> {
			if (fields[1].equals("US") && fields[2].length() == 2 && !fields[0].contains("\"")) {
				places.add(fields);
			}
		});
		places.sort((a, b) -> Long.compare(Long.parseLong(b[5]), Long.parseLong(a[5])));
		List<double[]> zipPoints = new ArrayList<>();
		List<String> zips = new ArrayList<>();
		read("geo/us-zips.csv.gz", fields -> {
			zips.add(fields[0]);
			zipPoints.add(new double[] { Double.parseDouble(fields[1]), Double.parseDouble(fields[2]) });
		});
		List<Town> towns = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String[] place : places) {
			if (towns.size() == count) {
				break;
			}
			if (seen.add(ascii(place[0]) + "-" + place[2])) {
				double lat = Double.parseDouble(place[3]);
				double lon = Double.parseDouble(place[4]);
				int nearest = 0;
				double best = Double.MAX_VALUE;
				for (int z = 0; z < zips.size(); z++) {
					double dLat = zipPoints.get(z)[0] - lat;
					double dLon = zipPoints.get(z)[1] - lon;
					if (dLat * dLat + dLon * dLon < best) {
						best = dLat * dLat + dLon * dLon;
						nearest = z;
					}
				}
				towns.add(new Town(place[0], place[2], place[3], place[4], zips.get(nearest)));
			}
		}
		return towns;
	}

	private static void read(String resource, java.util.function.Consumer<String[]> records) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(
						Objects.requireNonNull(LargeImportFiles.class.getClassLoader().getResourceAsStream(resource))),
				StandardCharsets.UTF_8))) {
			lines.readLine();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				records.accept(line.split(",", -1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes groups-broken.csv, groups-fixed.csv, meetings-broken.csv and
	 * meetings-fixed.csv for the demo's Latch USA (parents us-ma, us-tx...) into the
	 * directory given as first argument.
	 */
	static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : ".");
		LargeImportFiles files = new LargeImportFiles(1000, args.length > 1 ? args[1] : "import",
				state -> "us-" + state.toLowerCase(Locale.ROOT));
		Files.writeString(dir.resolve("groups-broken.csv"), files.groups(true).csv());
		Files.writeString(dir.resolve("groups-fixed.csv"), files.groups(false).csv());
		Files.writeString(dir.resolve("meetings-broken.csv"), files.meetings(true).csv());
		Files.writeString(dir.resolve("meetings-fixed.csv"), files.meetings(false).csv());
	}

}
