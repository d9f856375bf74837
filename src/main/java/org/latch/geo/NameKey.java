package org.latch.geo;

import java.text.Normalizer;
import java.util.Map;

/**
 * The form in which place names are compared: lower case, without accents, apostrophes or
 * punctuation, words separated by one space, common abbreviations written out.
 * "Port-au-Prince", "port au prince" and "PORT AU PRINCE" share a key, and so do "São
 * Paulo" and "Sao Paulo", "St. Louis" and "Saint Louis".
 */
final class NameKey {

	private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft",
			"fort");

	private NameKey() {
	}

	/** The key of a complete name. */
	static String of(String text) {
		return build(text, true);
	}

	/**
	 * The key of a name still being typed. Its last word may be unfinished, so it is not
	 * expanded ("St" may become "Stockholm") unless a separator follows it; then the key
	 * ends with a space, so "Port-" finds "Port-au-Prince" and not "Portland".
	 */
	static String ofPrefix(String text) {
		boolean finished = !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(text.length() - 1));
		String key = build(text, finished);
		return (finished && !key.isEmpty()) ? key + " " : key;
	}

	private static String build(String text, boolean expandLastWord) {
		// Most names are plain ASCII: decomposing them would only cost time at load.
		String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(decomposed.length());
		int wordStart = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				key.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				key.append((char) (c + ('a' - 'A')));
			}
			else if (isMark(c) || isApostrophe(c)) {
				continue;
			}
			else if (c >= 128 && Character.isLetterOrDigit(c)) {
				appendLetter(key, Character.toLowerCase(c));
			}
			else if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
				expand(key, wordStart);
				key.append(' ');
				wordStart = key.length();
			}
		}
		if (expandLastWord) {
			expand(key, wordStart);
		}
		int end = key.length();
		return (end > 0 && key.charAt(end - 1) == ' ') ? key.substring(0, end - 1) : key.toString();
	}

	/** Letters that Unicode decomposition leaves alone but people type as plain Latin. */
	private static void appendLetter(StringBuilder key, char letter) {
		switch (letter) {
			case 'ß' -> key.append("ss");
			case 'æ' -> key.append("ae");
			case 'œ' -> key.append("oe");
			case 'þ' -> key.append("th");
			case 'ø' -> key.append('o');
			case 'ł' -> key.append('l');
			case 'đ', 'ð' -> key.append('d');
			case 'ı' -> key.append('i');
			case 'ħ' -> key.append('h');
			case 'ŧ' -> key.append('t');
			default -> key.append(letter);
		}
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

	private static void expand(StringBuilder key, int wordStart) {
		int length = key.length() - wordStart;
		if (length < 2 || length > 3) {
			return;
		}
		String longForm = ABBREVIATIONS.get(key.substring(wordStart));
		if (longForm != null) {
			key.replace(wordStart, key.length(), longForm);
		}
	}

	private static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == '´';
	}

}
