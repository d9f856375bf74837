package org.latch.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Names, descriptions, languages and zones for the benchmark network: real words in the
 * five languages, so free-text searches meet realistic term frequencies.
 */
final class BenchmarkWords {

	private static final Set<String> SPANISH = Set.of("ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO",
			"DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR");

	private static final Set<String> FRENCH = Set.of("FR", "BE", "CH", "SN", "CI", "CM", "MG", "ML", "BF", "NE", "CD",
			"TN", "MA", "DZ");

	private static final Map<String, List<String>> WORDS = Map.of("en",
			List.of("breastfeeding", "support", "mothers", "parents", "babies", "newborn", "nursing", "meeting",
					"welcome", "pregnant", "families", "friendly", "weekly", "evening", "morning", "coffee", "toddlers",
					"pumping", "working", "twins", "latch", "weaning", "sleep", "leader", "questions", "free", "chat",
					"community", "library", "room"),
			"es",
			List.of("lactancia", "apoyo", "madres", "familias", "bebés", "recién", "nacidos", "reunión", "bienvenidas",
					"embarazadas", "gratuita", "semanal", "mañana", "tarde", "café", "niños", "extracción", "trabajo",
					"gemelos", "destete", "sueño", "monitora", "preguntas", "comunidad", "biblioteca", "sala", "barrio",
					"crianza", "materna", "grupo"),
			"pt-BR",
			List.of("amamentação", "apoio", "mães", "famílias", "bebês", "recém", "nascidos", "encontro", "bem-vindas",
					"gestantes", "gratuito", "semanal", "manhã", "tarde", "café", "crianças", "ordenha", "trabalho",
					"gêmeos", "desmame", "sono", "líder", "perguntas", "comunidade", "biblioteca", "sala", "bairro",
					"aleitamento", "materno", "grupo"),
			"fr",
			List.of("allaitement", "soutien", "mères", "familles", "bébés", "nouveau-nés", "réunion", "bienvenue",
					"enceintes", "gratuit", "hebdomadaire", "matin", "soir", "café", "enfants", "tire-lait", "travail",
					"jumeaux", "sevrage", "sommeil", "animatrice", "questions", "quartier", "bibliothèque", "salle",
					"maternel", "groupe", "parents", "échanges", "accueil"),
			"ht",
			List.of("bay", "tete", "sipò", "manman", "fanmi", "tibebe", "reyinyon", "byenveni", "ansent", "gratis",
					"chak", "semèn", "maten", "aswè", "kafe", "timoun", "travay", "marasa", "sevraj", "dòmi", "lidè",
					"kesyon", "kominote", "bibliyotèk", "sal", "katye", "gwoup", "paran", "pale", "ansanm"));

	private static final List<String> NAMES = List.of("%s Breastfeeding Support", "%s Nursing Circle",
			"%s Feeding Café", "La Leche %s", "%s Mothers Together", "%s Parents and Babies");

	private static final Map<String, List<String>> ONLINE_ZONES = Map.of("en",
			List.of("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Sydney"),
			"es", List.of("America/Mexico_City", "Europe/Madrid", "America/Bogota", "America/Argentina/Buenos_Aires"),
			"pt-BR", List.of("America/Sao_Paulo", "America/Recife", "America/Manaus"), "fr",
			List.of("Europe/Paris", "America/Montreal", "Africa/Dakar"), "ht", List.of("America/Port-au-Prince"));

	private BenchmarkWords() {
	}

	/** The languages a group of this country speaks, main one first. */
	static List<String> languagesOf(String country, RandomGenerator random) {
		String main = SPANISH.contains(country) ? "es" : switch (country) {
			case "BR", "PT" -> "pt-BR";
			case "HT" -> "ht";
			default -> FRENCH.contains(country) ? "fr" : "en";
		};
		if (main.equals("en")) {
			return (random.nextInt(10) == 0) ? List.of("en", "es") : List.of("en");
		}
		return (random.nextInt(4) == 0) ? List.of(main, "en") : List.of(main);
	}

	static String groupName(String town, RandomGenerator random) {
		return NAMES.get(random.nextInt(NAMES.size())).formatted(town);
	}

	static String onlineName(String language, RandomGenerator random) {
		return "Online " + pick(language, random) + " " + random.nextInt(1000);
	}

	static String onlineZone(String language, RandomGenerator random) {
		List<String> zones = ONLINE_ZONES.get(language);
		return zones.get(random.nextInt(zones.size()));
	}

	/** Twelve to thirty words of the language, as a family would read them. */
	static String description(String language, RandomGenerator random) {
		StringBuilder text = new StringBuilder();
		int words = 12 + random.nextInt(19);
		for (int i = 0; i < words; i++) {
			text.append(i == 0 ? "" : " ").append(pick(language, random));
		}
		return text.append('.').toString();
	}

	/**
	 * A word of the language's vocabulary, for names, descriptions and searches; the
	 * first words are common, the last ones rare, as in real text.
	 */
	static String pick(String language, RandomGenerator random) {
		List<String> words = WORDS.get(language);
		double u = random.nextDouble();
		return words.get((int) (words.size() * u * u));
	}

}
