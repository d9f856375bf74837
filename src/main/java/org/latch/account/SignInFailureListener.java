package org.latch.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed password sign-ins for the throttle. */
@Component
class SignInFailureListener {

	private final SignInThrottle throttle;

	SignInFailureListener(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		Object details = event.getAuthentication().getDetails();
		String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
		this.throttle.signInFailed(event.getAuthentication().getName(), address);
	}

}
