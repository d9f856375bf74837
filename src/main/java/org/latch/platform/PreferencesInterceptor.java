package org.latch.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Remembers a language chosen with {@code ?lang=} and a terminology chosen with
 * {@code ?feeding=} in cookies, so the next pages keep them. Plain links and a GET form
 * set them, so they work without JavaScript and without an account.
 */
class PreferencesInterceptor implements HandlerInterceptor {

	private final LanguageResolver languages;

	private final TerminologyResolver terminology;

	PreferencesInterceptor(LanguageResolver languages, TerminologyResolver terminology) {
		this.languages = languages;
		this.terminology = terminology;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		LanguageResolver.fromParameter(request)
			.ifPresent(language -> this.languages.setLocale(request, response, language.locale()));
		TerminologyResolver.fromParameter(request)
			.ifPresent(chosen -> this.terminology.remember(chosen, request, response));
		return true;
	}

}
