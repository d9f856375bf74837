package org.latch.platform;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the page language: {@code ?lang=} first, then the remembered cookie, then the
 * browser's {@code Accept-Language}, then English. Only supported languages are ever
 * chosen.
 */
class LanguageResolver implements LocaleResolver {

	static final String PARAMETER = "lang";

	static final String COOKIE = "latch-lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return fromParameter(request).or(() -> fromCookie(request))
			.or(() -> fromAcceptLanguage(request))
			.orElse(Language.ENGLISH)
			.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, locale == null ? "" : Language.of(locale).tag());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(locale == null ? 0 : 60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	static Optional<Language> fromParameter(HttpServletRequest request) {
		return Language.match(request.getParameter(PARAMETER));
	}

	private static Optional<Language> fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Language.match(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static Optional<Language> fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Optional<Language> language = Language.match(range.getRange());
				if (language.isPresent()) {
					return language;
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
