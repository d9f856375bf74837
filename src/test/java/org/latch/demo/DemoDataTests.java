package org.latch.demo;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;

import org.latch.account.AccountManagement;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application starts on a fresh database (H2, and PostgreSQL in the second run)
 * with the believable demo network the README promises, and the demo accounts sign in.
 */
@SpringBootTest(properties = "latch.demo.enabled=true")
@ActiveProfiles("test")
@Tag("persistence")
class DemoDataTests {

	static final Set<String> US_AREAS = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
			"IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
			"NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
			"WI", "WY", "DC");

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DaoAuthenticationProvider authentication;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNetworkHasAnInternationalOrganizationThreeNationalOnesAndGroupsEverywhere() {
		assertThat(this.directory.count(UnitKind.INTERNATIONAL)).isEqualTo(1);
		assertThat(this.directory.count(UnitKind.NATIONAL)).isEqualTo(3);
		assertThat(this.directory.count(UnitKind.GROUP)).isGreaterThan(100);
		Set<String> states = Set.copyOf(this.jdbc.queryForList(
				"select distinct region from organization_unit where kind = 'AREA' and country = 'US'", String.class));
		assertThat(states).containsAll(US_AREAS);
		Set<String> countries = Set.copyOf(this.jdbc.queryForList(
				"select distinct country from organization_unit where kind = 'GROUP' and country is not null",
				String.class));
		assertThat(countries).contains("US", "PR", "VI", "BR", "HT", "JM", "DO");
		assertThat(this.jdbc.queryForObject("select count(distinct city) from organization_unit where country = 'BR'",
				Integer.class))
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void thereIsAnOnlineGroupInEachLanguage() {
		Set<String> languages = this.jdbc
			.queryForList("select languages from organization_unit where online = true", String.class)
			.stream()
			.flatMap(l -> Arrays.stream(l.split(",")))
			.collect(Collectors.toSet());
		assertThat(languages).contains("en", "es", "pt-BR", "fr", "ht");
	}

	@Test
	void leadersSpeakAllFiveLanguages() {
		Set<String> spoken = this.jdbc.queryForList(
				"select a.languages from account a join role_grant g on g.account_id = a.id where g.role = 'LEADER'",
				String.class)
			.stream()
			.flatMap(l -> Arrays.stream(l.split(",")))
			.collect(Collectors.toSet());
		assertThat(spoken).contains("en", "es", "pt-BR", "fr", "ht");
		assertThat(this.accounts.countHolding(Role.LEADER)).isGreaterThan(50);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "family@example.org:FAMILY", "leader@example.org:LEADER", "area-admin@example.org:AREA_ADMIN",
					"org-admin@example.org:ORG_ADMIN", "admin@example.org:PLATFORM_ADMIN" })
	void eachDemoAccountSignsInWithTheDemoPasswordAndHoldsItsRole(String account) {
		String[] parts = account.split(":");
		var signedIn = this.authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(parts[0], DemoData.PASSWORD));
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_" + parts[1]);
	}

}
