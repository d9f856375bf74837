package org.latch.fundraising;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook is called by Stripe, not by a browser: no session, no CSRF token (its
 * signature is its proof), checked ahead of the application's own filter chain.
 */
@Configuration(proxyBeanMethods = false)
class StripeWebhookSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain stripeWebhook(HttpSecurity http) throws Exception {
		return http.securityMatcher(StripeWebhookController.PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
