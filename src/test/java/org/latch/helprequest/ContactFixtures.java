package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Person;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.directory.UnitView;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A small network for contact log tests, fresh per test: a national unit with area A
 * (groups "Riverside Circle" A1 and "Hillside Circle" A2) and area B (group "Bayside
 * Circle" B1); a Leader of A1, a Leader of both A2 and B1, an Area Administrator of A, an
 * Org Administrator of the national unit, and a family member.
 */
final class ContactFixtures {

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final UnitId national;

	final UnitId areaA;

	final UnitId groupA1;

	final UnitId groupA2;

	final UnitId areaB;

	final UnitId groupB1;

	final Person leaderA1;

	final Person leaderA2B1;

	final Person adminA;

	final Person orgAdmin;

	final Person family;

	private final DirectoryManagement directory;

	ContactFixtures(DirectoryManagement directory, AccountManagement accounts) {
		this.directory = directory;
		this.national = directory.add(unit(null, UnitKind.NATIONAL, "nat", "Testland"));
		this.areaA = directory.add(unit(this.national, UnitKind.AREA, "area-a", "Area A"));
		this.groupA1 = directory.add(unit(this.areaA, UnitKind.GROUP, "a1", "Riverside Circle"));
		this.groupA2 = directory.add(unit(this.areaA, UnitKind.GROUP, "a2", "Hillside Circle"));
		this.areaB = directory.add(unit(this.national, UnitKind.AREA, "area-b", "Area B"));
		this.groupB1 = directory.add(unit(this.areaB, UnitKind.GROUP, "b1", "Bayside Circle"));
		String hash = accounts.hashPassword("contact-test-password");
		this.leaderA1 = person(accounts, "leader-a1", hash, List.of(new GrantView(Role.LEADER, this.groupA1)));
		this.leaderA2B1 = person(accounts, "leader-a2-b1", hash,
				List.of(new GrantView(Role.LEADER, this.groupA2), new GrantView(Role.LEADER, this.groupB1)));
		this.adminA = person(accounts, "admin-a", hash, List.of(new GrantView(Role.AREA_ADMIN, this.areaA)));
		this.orgAdmin = person(accounts, "org-admin", hash, List.of(new GrantView(Role.ORG_ADMIN, this.national)));
		this.family = person(accounts, "family", hash, List.of(new GrantView(Role.FAMILY, null)));
	}

	UnitView view(UnitId id) {
		return this.directory.find(id).orElseThrow();
	}

	/** A POST as this person, with a CSRF token. */
	static MockHttpServletRequestBuilder postAs(Person person, String path) {
		return post(path).with(user(person.email())).with(csrf());
	}

	private NewUnit unit(UnitId parent, UnitKind kind, String slug, String name) {
		return new NewUnit(parent, kind, slug + "-" + this.run, name, "US", "NY", "Albany", 42.65, -73.75, false,
				List.of("en", "es"));
	}

	private Person person(AccountManagement accounts, String name, String hash, List<GrantView> grants) {
		String email = name + "-" + this.run + "@contacts.example.org";
		accounts.createVerified(email, name, List.of("en"), hash, grants);
		return accounts.person(email).orElseThrow();
	}

}
