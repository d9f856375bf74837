package org.latch.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, each message parsed once per language ({@link MessagePattern}).
 * Spring formats every message that has arguments with a {@code MessageFormat} shared by
 * all requests and locked while it formats; a page of search results asks for dozens of
 * them. Most of Latch's messages only place text in {@code {0}}, which is done here
 * without a lock; the others (choices, large numbers, nested messages) go to Spring as
 * before. When an operator sets {@code spring.messages.cache-duration} (bundles
 * reloaded), every message goes to Spring.
 */
final class PatternMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessagePattern>> patterns = new ConcurrentHashMap<>();

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code == null || locale == null || getCacheMillis() >= 0 || isAlwaysUseMessageFormat()) {
			return super.getMessageInternal(code, args, locale);
		}
		String text = pattern(code, locale).format(args);
		return (text != null) ? text : super.getMessageInternal(code, args, locale);
	}

	private MessagePattern pattern(String code, Locale locale) {
		Map<String, MessagePattern> language = this.patterns.get(locale);
		if (language == null) {
			language = this.patterns.computeIfAbsent(locale, key -> new ConcurrentHashMap<>());
		}
		MessagePattern pattern = language.get(code);
		if (pattern == null) {
			pattern = MessagePattern.parse(resolveCodeWithoutArguments(code, locale));
			language.put(code, pattern);
		}
		return pattern;
	}

}
