package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory module alone: the organization tree and who lies within whose reach. */
@ApplicationModuleTest(extraIncludes = { "platform", "geo" })
@ActiveProfiles("test")
@Tag("persistence")
class DirectoryIntegrationTests {

	@Autowired
	DirectoryManagement directory;

	@Test
	void anAreaReachesItsGroupsButNotTheNationalOrganizationOrAnotherArea() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		UnitId national = add(null, UnitKind.NATIONAL, "n-" + run);
		UnitId north = add(national, UnitKind.AREA, "north-" + run);
		UnitId south = add(national, UnitKind.AREA, "south-" + run);
		UnitId group = add(north, UnitKind.GROUP, "g-" + run);

		assertThat(this.directory.isWithin(group, north)).isTrue();
		assertThat(this.directory.isWithin(group, national)).isTrue();
		assertThat(this.directory.isWithin(north, north)).isTrue();
		assertThat(this.directory.isWithin(group, south)).isFalse();
		assertThat(this.directory.isWithin(national, north)).isFalse();
		assertThat(this.directory.subtrees(List.of(north, group))).extracting(UnitView::id)
			.containsExactlyInAnyOrder(north, group);
		assertThat(this.directory.find(group)).get().extracting(UnitView::depth).isEqualTo(2);
	}

	@Test
	void aUnitUnderAnUnknownParentIsRefused() {
		assertThatThrownBy(() -> add(UnitId.random(), UnitKind.GROUP, "orphan-" + UUID.randomUUID()))
			.isInstanceOf(UnitNotFound.class);
	}

	private UnitId add(UnitId parent, UnitKind kind, String slug) {
		return this.directory
			.add(new NewUnit(parent, kind, slug, slug, "US", null, null, null, null, false, List.of("en")));
	}

}
