package org.latch.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Reads and remembers the visitor's feeding terminology; the organization default applies
 * otherwise.
 */
@Component
class TerminologyResolver {

	static final String COOKIE = "latch-feeding";

	static final String PARAMETER = "feeding";

	private final PlatformSettings settings;

	TerminologyResolver(PlatformSettings settings) {
		this.settings = settings;
	}

	static java.util.Optional<Terminology> fromParameter(HttpServletRequest request) {
		String value = request.getParameter(PARAMETER);
		return value == null ? java.util.Optional.empty() : Terminology.fromKey(value);
	}

	Terminology resolve(HttpServletRequest request) {
		java.util.Optional<Terminology> chosen = fromParameter(request);
		if (chosen.isPresent()) {
			return chosen.get();
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return Terminology.fromKey(cookie.getValue()).orElse(this.settings.defaultTerminology());
				}
			}
		}
		return this.settings.defaultTerminology();
	}

	void remember(Terminology terminology, HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = new Cookie(COOKIE, terminology.key());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
