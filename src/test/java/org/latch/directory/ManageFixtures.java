package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;

/**
 * A small network for management tests, fresh per test: a national unit with area A
 * (groups A1, A2) and area B (group B1), a Leader of A1, an Area Administrator of A and a
 * family member.
 */
final class ManageFixtures {

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final UnitId national;

	final UnitId areaA;

	final UnitId groupA1;

	final UnitId groupA2;

	final UnitId areaB;

	final UnitId groupB1;

	final String leaderA1;

	final String adminA;

	final String family;

	ManageFixtures(DirectoryManagement directory, AccountManagement accounts) {
		this.national = directory.add(unit(null, UnitKind.NATIONAL, "nat", "Testland"));
		this.areaA = directory.add(unit(this.national, UnitKind.AREA, "area-a", "Area A"));
		this.groupA1 = directory.add(unit(this.areaA, UnitKind.GROUP, "a1", "Riverside Circle"));
		this.groupA2 = directory.add(unit(this.areaA, UnitKind.GROUP, "a2", "Hillside Circle"));
		this.areaB = directory.add(unit(this.national, UnitKind.AREA, "area-b", "Area B"));
		this.groupB1 = directory.add(unit(this.areaB, UnitKind.GROUP, "b1", "Bayside Circle"));
		String hash = accounts.hashPassword("manage-test-password");
		this.leaderA1 = person(accounts, "leader", hash, Role.LEADER, this.groupA1);
		this.adminA = person(accounts, "admin", hash, Role.AREA_ADMIN, this.areaA);
		this.family = person(accounts, "family", hash, Role.FAMILY, null);
	}

	String slug(String name) {
		return name + "-" + this.run;
	}

	private NewUnit unit(UnitId parent, UnitKind kind, String slug, String name) {
		return new NewUnit(parent, kind, slug(slug), name, "US", "NY", "Albany", 42.65, -73.75, false,
				List.of("en", "es"));
	}

	private String person(AccountManagement accounts, String name, String hash, Role role, UnitId unit) {
		String email = name + "-" + this.run + "@manage.example.org";
		accounts.createVerified(email, name, List.of("en"), hash, List.of(new GrantView(role, unit)));
		return email;
	}

}
