package org.latch.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators invite people to roles within their own part of the network, and nowhere
 * else.
 */
@LatchWebTest
class InvitationTests {

	static final String PASSWORD = "latch-test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	UnitId national;

	UnitId area;

	UnitId group;

	UnitId otherArea;

	String areaAdmin;

	String orgAdmin;

	String family;

	@BeforeEach
	void network() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.national = unit(null, UnitKind.NATIONAL, "nat-" + run, "Latch Testland");
		this.area = unit(this.national, UnitKind.AREA, "area-" + run, "North Area");
		this.group = unit(this.area, UnitKind.GROUP, "group-" + run, "Riverside Circle");
		this.otherArea = unit(this.national, UnitKind.AREA, "south-" + run, "South Area");
		String hash = this.accounts.hashPassword(PASSWORD);
		this.areaAdmin = person("area-" + run, hash, Role.AREA_ADMIN, this.area);
		this.orgAdmin = person("org-" + run, hash, Role.ORG_ADMIN, this.national);
		this.family = person("family-" + run, hash, Role.FAMILY, null);
	}

	@Test
	void anAreaAdministratorInvitesALeaderIntoAGroupOfTheirAreaWhoThenSignsIn() throws Exception {
		String invitee = UUID.randomUUID() + "@invitee.example.org";
		this.mvc
			.perform(post("/invitations/new").with(csrf())
				.cookie(signIn(this.areaAdmin))
				.param("email", invitee)
				.param("role", "LEADER")
				.param("unit", this.group.toString()))
			.andExpect(redirectedUrl("/invitations/new"));

		String mail = TestMailServer.awaitMailTo(invitee, Duration.ofSeconds(10));
		assertThat(mail).contains(this.messages.getMessage("role.leader", null, java.util.Locale.ENGLISH))
			.contains("Riverside Circle");
		String link = TestMailServer.linkIn(mail, "/invitations/");
		this.mvc.perform(get(link))
			.andExpect(content().string(containsString("Riverside Circle")))
			.andExpect(content().string(containsString(Html.text(this.messages, "role.leader", "en"))));
		this.mvc
			.perform(
					post(link).with(csrf()).param("displayName", "Nadia Joseph").param("password", "leader password 1"))
			.andExpect(redirectedUrl("/sign-in?notice=invited"));

		assertThat(this.accounts.grantsOf(invitee)).containsExactly(new GrantView(Role.LEADER, this.group));
		this.mvc.perform(get("/account").cookie(signIn(invitee, "leader password 1")))
			.andExpect(content().string(containsString("Nadia Joseph")))
			.andExpect(content().string(containsString("Riverside Circle")));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
	}

	@Test
	void anInvitationToAnExistingAccountAddsTheRoleWithoutAskingForAPassword() throws Exception {
		this.mvc
			.perform(post("/invitations/new").with(csrf())
				.cookie(signIn(this.orgAdmin))
				.param("email", this.family)
				.param("role", "AREA_ADMIN")
				.param("unit", this.otherArea.toString()))
			.andExpect(redirectedUrl("/invitations/new"));
		String link = TestMailServer.linkIn(TestMailServer.awaitMailTo(this.family, Duration.ofSeconds(10)),
				"/invitations/");
		this.mvc.perform(get(link)).andExpect(content().string(not(containsString("id=\"password\""))));
		this.mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/sign-in?notice=invited"));
		assertThat(this.accounts.grantsOf(this.family)).contains(new GrantView(Role.FAMILY, null),
				new GrantView(Role.AREA_ADMIN, this.otherArea));
	}

	@Test
	void anAreaAdministratorCannotInviteOutsideTheirArea() throws Exception {
		this.mvc
			.perform(post("/invitations/new").with(csrf())
				.cookie(signIn(this.areaAdmin))
				.param("email", "someone@example.org")
				.param("role", "LEADER")
				.param("unit", this.otherArea.toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAreaAdministratorCannotMakeOrganizationAdministrators() throws Exception {
		this.mvc
			.perform(post("/invitations/new").with(csrf())
				.cookie(signIn(this.areaAdmin))
				.param("email", "someone@example.org")
				.param("role", "ORG_ADMIN")
				.param("unit", this.area.toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFormOffersOnlyTheAdministratorsOwnSubtree() throws Exception {
		this.mvc.perform(get("/invitations/new").cookie(signIn(this.areaAdmin)))
			.andExpect(content().string(containsString("Riverside Circle")))
			.andExpect(content().string(not(containsString("South Area"))))
			.andExpect(content().string(not(containsString("value=\"ORG_ADMIN\""))));
	}

	@Test
	void familiesCannotInviteAnyone() throws Exception {
		this.mvc.perform(get("/invitations/new").cookie(signIn(this.family))).andExpect(status().isForbidden());
	}

	@Test
	void badInvitationInputGetsFieldMessagesNotAnError() throws Exception {
		this.mvc
			.perform(post("/invitations/new").with(csrf())
				.cookie(signIn(this.orgAdmin))
				.param("lang", "fr")
				.param("email", "nope")
				.param("role", "KING")
				.param("unit", "../../etc/passwd"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(Html.text(this.messages, "validation.email", "fr"))))
			.andExpect(content().string(containsString(Html.text(this.messages, "validation.invalid", "fr"))));
	}

	@Test
	void anUnknownInvitationLinkIsATranslated404() throws Exception {
		this.mvc.perform(get("/invitations/not-a-real-token").param("lang", "es"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(Html.text(this.messages, "invitation.invalid.title", "es"))));
	}

	private UnitId unit(UnitId parent, UnitKind kind, String slug, String name) {
		return this.directory
			.add(new NewUnit(parent, kind, slug, name, "US", null, null, null, null, false, List.of("en")));
	}

	private String person(String name, String hash, Role role, UnitId unit) {
		String email = name + "@invitations.example.org";
		this.accounts.createVerified(email, name, List.of("en"), hash, List.of(new GrantView(role, unit)));
		return email;
	}

	private Cookie signIn(String email) throws Exception {
		return signIn(email, PASSWORD);
	}

	private Cookie signIn(String email, String password) throws Exception {
		var response = this.mvc.perform(post("/sign-in").with(csrf()).with(request -> {
			request.setRemoteAddr("10.9." + (email.hashCode() & 0xff) + ".1");
			return request;
		}).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse();
		return response.getCookie("SESSION");
	}

}
