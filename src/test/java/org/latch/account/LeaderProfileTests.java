package org.latch.account;

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
import org.latch.directory.DirectoryManagement;
import org.latch.directory.LeaderProfileView;
import org.latch.directory.LeaderProfiles;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Leader's public profile starts with name and languages only, shows contact details
 * only once the Leader adds them, and disappears from group pages when unlisted.
 */
@LatchWebTest
class LeaderProfileTests {

	static final String PASSWORD = "leader profile pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	LeaderProfiles profiles;

	@Autowired
	MessageSource messages;

	String tag;

	UnitId group;

	@BeforeEach
	void group() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.group = this.directory.add(new NewUnit(null, UnitKind.GROUP, "lp-" + this.tag, "Profile Group " + this.tag,
				"US", "MA", "Salem", 42.52, -70.9, false, List.of("en", "ht")));
	}

	@Test
	void becomingALeaderGivesAListedProfileWithoutContactDetails() {
		person("nadia", Role.LEADER, this.group);

		assertThat(this.profiles.listedLeadersOf(this.group)).singleElement().satisfies(profile -> {
			assertThat(profile.displayName()).isEqualTo("nadia " + this.tag);
			assertThat(profile.languages()).containsExactly("ht", "en");
			assertThat(profile.publicEmail()).isNull();
			assertThat(profile.publicPhone()).isNull();
		});
	}

	@Test
	void aLeaderSharesAPhoneNumberAndCanHideTheProfileAgain() throws Exception {
		Cookie session = signIn(person("rose", Role.LEADER, this.group));

		this.mvc.perform(get("/account").cookie(session))
			.andExpect(content().string(containsString("href=\"/account/leader-profile\"")));
		this.mvc
			.perform(post("/account/leader-profile").with(csrf())
				.cookie(session)
				.param("displayName", "Rose B.")
				.param("languages", "ht", "fr")
				.param("about", "Lidè depi 2019.")
				.param("publicPhone", "+1 617 555 0100")
				.param("listed", "true"))
			.andExpect(redirectedUrl("/account/leader-profile"));

		assertThat(this.profiles.listedLeadersOf(this.group)).singleElement().satisfies(profile -> {
			assertThat(profile.displayName()).isEqualTo("Rose B.");
			assertThat(profile.languages()).containsExactly("fr", "ht");
			assertThat(profile.publicPhone()).isEqualTo("+1 617 555 0100");
			assertThat(profile.publicEmail()).isNull();
		});

		this.mvc
			.perform(post("/account/leader-profile").with(csrf())
				.cookie(session)
				.param("displayName", "Rose B.")
				.param("languages", "ht"))
			.andExpect(redirectedUrl("/account/leader-profile"));
		assertThat(this.profiles.listedLeadersOf(this.group)).isEmpty();
	}

	@Test
	void badValuesAreExplainedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		Cookie session = signIn(person("mika", Role.LEADER, this.group));

		String page = this.mvc
			.perform(post("/account/leader-profile").with(csrf())
				.cookie(session)
				.param("lang", "fr")
				.param("displayName", " ")
				.param("about", "x".repeat(501))
				.param("publicEmail", "not-an-email")
				.param("publicPhone", "call me maybe")
				.param("languages", "tlh")
				.param("listed", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("id=\"displayName-error\"", "id=\"about-error\"", "id=\"publicEmail-error\"",
					"id=\"publicPhone-error\"", "id=\"languages-error\"")
			.contains(Html.text(this.messages, "validation.phone", "fr"))
			.contains(Html.text(this.messages, "validation.languages", "fr"));
		LeaderProfileView unchanged = this.profiles.listedLeadersOf(this.group).getFirst();
		assertThat(unchanged.displayName()).isEqualTo("mika " + this.tag);
		assertThat(unchanged.about()).isNull();
	}

	@Test
	void someoneWhoLeadsNoGroupHasNoLeaderProfilePage() throws Exception {
		Cookie session = signIn(person("fam", Role.FAMILY, null));

		this.mvc.perform(get("/account/leader-profile").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/account").cookie(session))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/account/leader-profile"))));
		this.mvc.perform(get("/account/leader-profile").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
	}

	private String person(String name, Role role, UnitId unit) {
		String email = name + "-" + this.tag + "@profiles.example.org";
		this.accounts.createVerified(email, name + " " + this.tag, List.of("ht", "en"),
				this.accounts.hashPassword(PASSWORD), List.of(new GrantView(role, unit)));
		return email;
	}

	private Cookie signIn(String email) throws Exception {
		return this.mvc.perform(post("/sign-in").with(csrf()).with(request -> {
			request.setRemoteAddr("10.7." + (email.hashCode() & 0xff) + ".2");
			return request;
		}).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
