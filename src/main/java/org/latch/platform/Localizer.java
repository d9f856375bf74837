package org.latch.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Translates message keys into one language; templates and mails use it for every visible
 * word.
 */
public final class Localizer {

	private final MessageSource messages;

	private final Locale locale;

	public Localizer(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args.length == 0 ? null : args, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

}
