package org.latch.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything the page layout needs for one request: language, translations, the visitor's
 * terminology, who is signed in, and the CSRF token for forms (created only when a form
 * asks).
 */
public record PageContext(Language language, Localizer i18n, Terminology terminology, String path,
		@Nullable String query, @Nullable String userName, Set<String> roles, @Nullable CsrfToken csrf,
		@Nullable String flash, VisitorZone visitor) {

	/**
	 * An instant as an HTML {@code datetime} value: ISO 8601 in UTC to the second (the
	 * HTML checker refuses more than three digits of fraction).
	 */
	public String datetime(Instant at) {
		return at.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/**
	 * An instant as the visitor reads it: date and time in their browser's time zone
	 * (remembered by {@code /js/time-zone.js}), or in UTC, said so, until it is known.
	 */
	public String when(Instant at) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(this.language.locale());
		return (this.visitor.zone() == null) ? format.withZone(ZoneOffset.UTC).format(at) + " UTC"
				: format.withZone(this.visitor.zone()).format(at);
	}

	public String t(String key, Object... args) {
		return this.i18n.t(key, args);
	}

	public String lang() {
		return this.language.tag();
	}

	/**
	 * The noun for feeding a baby in the visitor's chosen terminology, e.g.
	 * "chestfeeding".
	 */
	public String feeding() {
		return t("terminology." + this.terminology.key() + ".noun");
	}

	public boolean signedIn() {
		return this.userName != null;
	}

	public boolean hasRole(String role) {
		return this.roles.contains("ROLE_" + role);
	}

	public boolean isCurrent(String href) {
		return this.path.equals(href);
	}

	/**
	 * This page in another language, keeping the rest of the query string as the browser
	 * sent it (already encoded: "São" stays {@code S%C3%A3o}).
	 */
	public String languageLink(Language other) {
		StringBuilder link = new StringBuilder(this.path.length() + 64).append(this.path).append('?');
		if (this.query != null) {
			for (String pair : this.query.split("&")) {
				if (!pair.isEmpty() && !pair.equals(LanguageResolver.PARAMETER)
						&& !pair.startsWith(LanguageResolver.PARAMETER + "=")) {
					link.append(pair).append('&');
				}
			}
		}
		return link.append(LanguageResolver.PARAMETER).append('=').append(other.tag()).toString();
	}

	/**
	 * The current page with its query string, for redirecting back after a preference
	 * change.
	 */
	public String here() {
		return this.query == null ? this.path : this.path + "?" + this.query;
	}

	public List<Language> languages() {
		return Language.all();
	}

	public List<Terminology> terminologies() {
		return List.of(Terminology.values());
	}

	public String csrfParameter() {
		return this.csrf == null ? "_csrf" : this.csrf.getParameterName();
	}

	/**
	 * The request header scripts send the token in (for fetch calls such as passkeys).
	 */
	public String csrfHeader() {
		return this.csrf == null ? "X-XSRF-TOKEN" : this.csrf.getHeaderName();
	}

	public String csrfToken() {
		return this.csrf == null ? "" : this.csrf.getToken();
	}

}
