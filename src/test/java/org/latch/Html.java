package org.latch;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Expected page text in a given language, escaped the way JTE writes it into HTML. */
public final class Html {

	private Html() {
	}

	public static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&#34;")
			.replace("'", "&#39;");
	}

	public static String text(MessageSource messages, String key, String languageTag, Object... args) {
		return escape(messages.getMessage(key, args.length == 0 ? null : args, Locale.forLanguageTag(languageTag)));
	}

}
