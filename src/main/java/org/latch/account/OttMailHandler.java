package org.latch.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Emails a one-time sign-in link, and shows the same "check your email" page whether or
 * not the address has an account.
 */
@Component
class OttMailHandler implements OneTimeTokenGenerationSuccessHandler {

	private final AccountManagement accounts;

	OttMailHandler(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		this.accounts.sendSignInLink(token.getUsername(), token.getTokenValue());
		response.sendRedirect(request.getContextPath() + SecurityConfig.SIGN_IN_LINK + "/sent");
	}

}
