package org.latch.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops sign-in attempts and email requests over the limits of {@link SignInThrottle}
 * before they reach a password check or the mail outbox.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String address = request.getRemoteAddr();
			if (SecurityConfig.SIGN_IN.equals(path)) {
				String email = String.valueOf(request.getParameter("email"));
				if (this.throttle.signInBlocked(email, address)) {
					response.sendRedirect(request.getContextPath() + SecurityConfig.SIGN_IN + "?notice=throttled");
					return;
				}
			}
			else if (SecurityConfig.MAIL_SENDING.contains(path) && !this.throttle.mailAllowed(address)) {
				response.sendRedirect(request.getContextPath() + SecurityConfig.SIGN_IN + "?notice=throttled");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
