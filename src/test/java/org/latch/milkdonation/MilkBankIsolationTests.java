package org.latch.milkdonation;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.milkdonation.DonorForms.as;
import static org.latch.milkdonation.DonorForms.sent;
import static org.latch.milkdonation.DonorForms.step;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each milk bank's staff reach their own bank's donors only; nobody else reaches any;
 * platform administrators say who works where.
 */
@LatchWebTest
@Tag("persistence")
class MilkBankIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	DaoAuthenticationProvider authentication;

	MilkFixtures a;

	MilkFixtures b;

	@BeforeEach
	void banks() {
		this.a = new MilkFixtures(this.context);
		this.b = new MilkFixtures(this.context);
	}

	@Test
	void staffOfOneBankNeverSeeOrTouchAnotherBanksDonors() throws Exception {
		UUID ofA = this.a.donorId(sent(this.mvc, this.a.near, "name", "Donor of A " + this.a.run));
		UUID ofB = this.a.donorId(sent(this.mvc, this.b.near, "name", "Donor of B " + this.b.run));

		String queueOfA = as(this.mvc, this.a.staff, get("/milk-bank")).getContentAsString();
		assertThat(queueOfA).contains("Donor of A " + this.a.run).doesNotContain("Donor of B " + this.b.run);
		assertThat(as(this.mvc, this.a.staff, get("/milk-bank/donors/" + ofB)).getStatus()).isEqualTo(404);
		assertThat(step(this.mvc, this.a.staff, ofB, "PHONE_INTERVIEW").getStatus()).isEqualTo(404);
		assertThat(as(this.mvc, this.a.staff,
				post("/milk-bank/donors/" + ofB + "/donations").param("place", this.a.depot.toString())
					.param("date", java.time.LocalDate.now().toString())
					.param("amount", "10")
					.param("unit", "OZ"))
			.getStatus()).isEqualTo(404);
		assertThat(as(this.mvc, this.a.staff, post("/milk-bank/donors/" + ofB + "/new-link")).getStatus())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor_step where donor_id = ?", Long.class, ofB))
			.as("only the donor's own form")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor_read where donor_id = ?", Long.class, ofB))
			.isZero();
		assertThat(as(this.mvc, this.b.staff, get("/milk-bank/donors/" + ofB)).getStatus()).isEqualTo(200);
		assertThat(as(this.mvc, this.b.staff, get("/milk-bank/donors/" + ofA)).getStatus()).isEqualTo(404);
	}

	@Test
	void peopleWhoAreNotStaffGetNoDonorsAtAll() throws Exception {
		UUID donor = this.a.donorId(sent(this.mvc, this.a.near));
		assertThat(as(this.mvc, this.a.family, get("/milk-bank")).getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.a.family, get("/milk-bank/donors/" + donor)).getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.a.admin, get("/milk-bank/donors/" + donor)).getStatus())
			.as("platform administrators assign staff but do not read donors")
			.isEqualTo(403);
		assertThat(this.mvc.perform(get("/milk-bank/donors/" + donor)).andReturn().getResponse().getStatus()).isIn(302,
				401);
		assertThat(as(this.mvc, this.a.family, get("/milk-bank/staff")).getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.a.staff, get("/milk-bank/staff")).getStatus()).isEqualTo(403);
	}

	@Test
	void aPlatformAdministratorAddsMovesAndRemovesStaffAndTheRoleFollows() throws Exception {
		String page = admin(get("/milk-bank/staff")).getContentAsString();
		assertThat(page).contains(this.a.bankName, "Beatriz Staff " + this.a.run);

		var unknown = admin(post("/milk-bank/staff").param("email", "nobody-" + this.a.run + "@example.org")
			.param("bank", this.a.bank.toString()));
		assertThat(unknown.getStatus()).isEqualTo(422);
		assertThat(unknown.getContentAsString())
			.contains(Html.text(this.messages, "validation.milk.staff-account", "en"));
		var notABank = admin(
				post("/milk-bank/staff").param("email", this.a.family).param("bank", this.a.depot.toString()));
		assertThat(notABank.getStatus()).isEqualTo(422);
		assertThat(notABank.getContentAsString()).contains("id=\"bank-error\"");
		assertThat(
				admin(post("/milk-bank/staff").param("email", this.a.family).param("bank", "not-a-uuid")).getStatus())
			.isEqualTo(422);

		assertThat(admin(post("/milk-bank/staff").param("email", this.a.family).param("bank", this.b.bank.toString()))
			.getRedirectedUrl()).isEqualTo("/milk-bank/staff");
		assertThat(authorities(this.a.family)).contains(Role.MILK_BANK_STAFF.authority());
		assertThat(as(this.mvc, this.a.family, get("/milk-bank")).getContentAsString()).contains(this.b.bankName);

		UUID family = this.accounts.person(this.a.family).orElseThrow().id();
		assertThat(admin(post("/milk-bank/staff/remove").param("account", family.toString())).getRedirectedUrl())
			.isEqualTo("/milk-bank/staff");
		assertThat(authorities(this.a.family)).doesNotContain(Role.MILK_BANK_STAFF.authority());
		assertThat(as(this.mvc, this.a.family, get("/milk-bank")).getStatus()).isEqualTo(403);
		assertThat(admin(post("/milk-bank/staff/remove").param("account", family.toString())).getStatus())
			.isEqualTo(404);
		assertThat(admin(post("/milk-bank/staff/remove").param("account", "x")).getStatus()).isEqualTo(400);
	}

	@Test
	void theAccountPageLeadsStaffToTheirDesk() throws Exception {
		String account = this.mvc.perform(get("/account").with(user(this.a.staff).roles("FAMILY", "MILK_BANK_STAFF")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(account).contains("href=\"/milk-bank\"", Html.text(this.messages, "role.milk-bank-staff", "en"));
	}

	private org.springframework.mock.web.MockHttpServletResponse admin(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.a.admin).roles("PLATFORM_ADMIN")).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private java.util.List<String> authorities(String email) {
		return this.authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "milk-test-password"))
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
	}

}
