package org.latch.platform;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every HTML page its {@link PageContext} under the model name {@code page}. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageContextAdvice {

	private final MessageSource messages;

	private final TerminologyResolver terminology;

	PageContextAdvice(MessageSource messages, TerminologyResolver terminology) {
		this.messages = messages;
		this.terminology = terminology;
	}

	@ModelAttribute("page")
	PageContext page(HttpServletRequest request) {
		return create(request, this.messages, this.terminology);
	}

	static PageContext create(HttpServletRequest request, MessageSource messages, TerminologyResolver terminology) {
		Language language = Language.of(RequestContextUtils.getLocale(request));
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		Set<String> roles = signedIn ? auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet()) : Set.of();
		Object flash = RequestContextUtils.getInputFlashMap(request) == null ? null
				: RequestContextUtils.getInputFlashMap(request).get("flash");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf != null && !signedIn && readOnly(request)) {
			csrf = null;
		}
		if (csrf != null) {
			// Resolve the token now: its cookie must be set before the page body starts
			// streaming.
			csrf.getToken();
		}
		return new PageContext(language, new Localizer(messages, language.locale()), terminology.resolve(request), path,
				request.getQueryString(), signedIn ? auth.getName() : null, roles, csrf,
				flash instanceof String key ? key : null,
				VisitorZone.resolve(null, cookie(request, VisitorZone.COOKIE)));
	}

	private static @Nullable String cookie(HttpServletRequest request, String name) {
		jakarta.servlet.http.Cookie cookie = org.springframework.web.util.WebUtils.getCookie(request, name);
		return (cookie == null) ? null : cookie.getValue();
	}

	/** A page without a form that posts ({@link ReadOnlyPage}), or no page at all. */
	private static boolean readOnly(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& (handler.hasMethodAnnotation(ReadOnlyPage.class) || handler.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
						|| HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType()));
	}

}
