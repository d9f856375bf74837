package org.latch.account;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ott.DefaultGenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import org.latch.platform.MapSettings;
import org.latch.platform.PlatformSettings;

/**
 * Who may open what, and how people sign in: password, passkey or emailed link. Every
 * form is CSRF-protected; headers forbid framing, sniffing and inline scripts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String SIGN_IN = "/sign-in";

	static final String SIGN_IN_LINK = "/sign-in/link";

	static final Set<String> MAIL_SENDING = Set.of(SIGN_IN_LINK, "/sign-up", "/password-reset");

	/**
	 * Images may also come from the map tile server, when the operator configured one.
	 */
	static String contentSecurityPolicy(MapSettings map) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
				+ (map.hasTiles() ? " " + map.tileOrigin() : "")
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, PlatformSettings settings, MapSettings map, SignInThrottle throttle,
			OttMailHandler ottMails) throws Exception {
		URI base = settings.baseUrl();
		String origin = base.getScheme() + "://" + base.getAuthority();
		DefaultGenerateOneTimeTokenRequestResolver ottRequests = new DefaultGenerateOneTimeTokenRequestResolver();
		ottRequests.setExpiresIn(Duration.ofMinutes(15));
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/account/**", "/invitations/new", "/webauthn/register/**", "/manage", "/manage/**",
					"/leader/**", "/partners/apply", "/partners/apply/**", "/partners/review", "/partners/review/**",
					"/milk-bank", "/milk-bank/**", "/partners/code/submissions", "/partners/code/submissions/**",
					"/partners/code/review", "/partners/code/review/**", "/partners/agreements",
					"/partners/agreements/**", "/partners/benefits", "/partners/benefits/**", "/campaigns/new",
					"/campaigns/manage", "/campaigns/*/edit", "/campaigns/*/sites/new", "/campaigns/*/sites/*/edit",
					"/campaigns/*/registrations.csv", "/campaigns/*/sites/*/registrations.csv", "/campaigns/*/funding",
					"/campaigns/*/funding/**", "/campaigns/*/fundraisers/new", "/campaigns/*/teams",
					"/campaigns/*/teams/**", "/campaigns/*/registrations/*/move")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.usernameParameter("email")
				.successHandler(new SimpleUrlAuthenticationSuccessHandler("/account"))
				.failureHandler(failures()))
			.oneTimeTokenLogin(ott -> ott.tokenGeneratingUrl(SIGN_IN_LINK)
				.loginProcessingUrl(SIGN_IN_LINK + "/verify")
				.loginPage(SIGN_IN)
				.showDefaultSubmitPage(false)
				.generateRequestResolver(ottRequests)
				.tokenGenerationSuccessHandler(ottMails)
				.successHandler(new SimpleUrlAuthenticationSuccessHandler("/account"))
				.failureHandler(failures()))
			.webAuthn(passkeys -> passkeys.rpName("Latch")
				.rpId(base.getHost())
				.allowedOrigins(origin)
				.disableDefaultRegistrationPage(true))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?notice=signed-out"))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.contentTypeOptions(Customizer.withDefaults())
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
		return http.build();
	}

	/**
	 * The CSRF token travels in an HttpOnly, SameSite cookie, so anonymous visitors need
	 * no session.
	 */
	private static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	/**
	 * Unknown account and wrong password get the same answer; "not verified" only after a
	 * right password.
	 */
	private static ExceptionMappingAuthenticationFailureHandler failures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(DisabledException.class.getName(), SIGN_IN + "?notice=unverified",
				BadCredentialsException.class.getName(), SIGN_IN + "?notice=failed"));
		handler.setDefaultFailureUrl(SIGN_IN + "?notice=failed");
		return handler;
	}

	@Bean
	DaoAuthenticationProvider passwordAuthentication(LatchUserDetailsService users, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("email not verified");
			}
		});
		return provider;
	}

	/**
	 * No observation of each security filter, authentication or authorization: wrapping
	 * every filter of every request cost about a tenth of a page. Requests are still
	 * measured as a whole ({@code http.server.requests}).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	OneTimeTokenService oneTimeTokenService(JdbcOperations jdbc) {
		return new JdbcOneTimeTokenService(jdbc);
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

}
