package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class LeaderProfileRepositoryTests {

	@Autowired
	LeaderProfileRepository profiles;

	@Autowired
	TestEntityManager entities;

	@Test
	void aGroupListsItsListedLeadersByNameAndNoOthers() {
		OrganizationUnit group = this.entities.persist(MeetingFixtures.unsavedGroup());
		OrganizationUnit other = this.entities.persist(MeetingFixtures.unsavedGroup());
		LeaderProfile zoe = leader("Zoé", group);
		LeaderProfile ana = leader("Ana", group);
		LeaderProfile hidden = leader("Hidden", group);
		hidden.update(new LeaderProfileInput("Hidden", List.of("en"), null, null, null, false));
		leader("Elsewhere", other);
		this.entities.flush();
		this.entities.clear();

		assertThat(this.profiles.findListedLeadersOf(group.id())).extracting(p -> p.view().displayName())
			.containsExactly("Ana", "Zoé");
		assertThat(this.profiles.findById(zoe.getId()).orElseThrow().view().groups())
			.containsExactly(new UnitId(group.id()));
		assertThat(ana.view().listed()).isTrue();
	}

	private LeaderProfile leader(String name, OrganizationUnit group) {
		LeaderProfile profile = new LeaderProfile(UUID.randomUUID(), name, List.of("en", "es"));
		profile.leads(group.id());
		return this.entities.persist(profile);
	}

}
