package org.latch.platform;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One message of the bundles, parsed once. A pattern whose only special parts are
 * {@code {0}}-style places and doubled quotes is filled here, the way
 * {@link java.text.MessageFormat} would fill it, when every argument is text or a whole
 * number from 0 to 999 (which every language of Latch writes as plain digits). Anything
 * else answers {@code null}, and the caller formats it with {@code MessageFormat}.
 */
final class MessagePattern {

	static final MessagePattern MISSING = new MessagePattern(null, null);

	private static final int MAX_PLAIN_NUMBER = 999;

	/** The text as written in the bundle (what a message without arguments shows). */
	private final @Nullable String raw;

	/**
	 * Literal text (String) and argument places (Integer), in order; null if not simple.
	 */
	private final Object @Nullable [] parts;

	private MessagePattern(@Nullable String raw, Object @Nullable [] parts) {
		this.raw = raw;
		this.parts = parts;
	}

	static MessagePattern parse(@Nullable String raw) {
		return (raw == null) ? MISSING : new MessagePattern(raw, parts(raw));
	}

	/**
	 * The message, or null when {@code MessageFormat} must format it (or it is missing).
	 */
	@Nullable String format(Object @Nullable [] args) {
		if (this.raw == null || args == null || args.length == 0) {
			return this.raw;
		}
		if (this.parts == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(this.raw.length() + 16 * args.length);
		for (Object part : this.parts) {
			if (part instanceof String literal) {
				text.append(literal);
				continue;
			}
			int index = (Integer) part;
			if (index >= args.length) {
				return null;
			}
			String value = plain(args[index]);
			if (value == null) {
				return null;
			}
			text.append(value);
		}
		return text.toString();
	}

	private static @Nullable String plain(@Nullable Object arg) {
		if (arg instanceof CharSequence chars) {
			return chars.toString();
		}
		if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
			long number = ((Number) arg).longValue();
			return (number >= 0 && number <= MAX_PLAIN_NUMBER) ? Long.toString(number) : null;
		}
		return null;
	}

	/** The parts of a simple pattern, or null if it has quoted text or formats. */
	private static Object @Nullable [] parts(String raw) {
		List<Object> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int i = 0;
		while (i < raw.length()) {
			char c = raw.charAt(i);
			if (c == '\'') {
				if (i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
					literal.append('\'');
					i += 2;
					continue;
				}
				return null;
			}
			if (c == '}') {
				return null;
			}
			if (c == '{') {
				int close = raw.indexOf('}', i);
				if (close < 0 || close == i + 1 || close > i + 3) {
					return null;
				}
				String digits = raw.substring(i + 1, close);
				if (!digits.chars().allMatch(Character::isDigit)) {
					return null;
				}
				if (!literal.isEmpty()) {
					parts.add(literal.toString());
					literal.setLength(0);
				}
				parts.add(Integer.valueOf(digits));
				i = close + 1;
				continue;
			}
			literal.append(c);
			i++;
		}
		if (!literal.isEmpty()) {
			parts.add(literal.toString());
		}
		return parts.toArray();
	}

}
