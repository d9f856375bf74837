package org.latch.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class OrganizationUnitRepositoryTests {

	@Autowired
	OrganizationUnitRepository units;

	@Test
	void aSubtreeHoldsTheUnitAndEverythingBelowItButNotItsSiblings() {
		OrganizationUnit root = save(null, UnitKind.NATIONAL, "root");
		OrganizationUnit north = save(root, UnitKind.AREA, "north");
		OrganizationUnit south = save(root, UnitKind.AREA, "south");
		OrganizationUnit group = save(north, UnitKind.GROUP, "north-group");

		assertThat(this.units.findSubtree(north.path())).extracting(OrganizationUnit::id)
			.containsExactlyInAnyOrder(north.id(), group.id());
		assertThat(this.units.findSubtree(root.path())).hasSize(4);
		assertThat(group.isWithin(north)).isTrue();
		assertThat(group.isWithin(south)).isFalse();
		assertThat(north.isWithin(group)).isFalse();
	}

	@Test
	void unitsKeepAccentsLanguagesAndCoordinates() {
		OrganizationUnit saved = this.units.saveAndFlush(
				new OrganizationUnit(new NewUnit(null, UnitKind.GROUP, "sao-paulo", "Grupo de Amamentação São Paulo",
						"BR", "SP", "São Paulo", -23.5505, -46.6333, false, List.of("pt-BR", "es")), null));
		UnitView view = this.units.findBySlug("sao-paulo").orElseThrow().view();
		assertThat(view.name()).isEqualTo("Grupo de Amamentação São Paulo");
		assertThat(view.city()).isEqualTo("São Paulo");
		assertThat(view.languages()).containsExactly("pt-BR", "es");
		assertThat(view.id().value()).isEqualTo(saved.id());
	}

	@Test
	void aProfileKeepsItsAddressContactsAndADescriptionPerLanguage() {
		OrganizationUnit group = save(null, UnitKind.GROUP, "profiled");
		group.describe(new UnitProfile("12 Rua Augusta", "01305-000", "roda@example.org", "+55 11 5555-0100",
				"https://example.org/roda",
				java.util.Map.of("pt-BR", "Roda de conversa às terças", "es", "Grupo de apoyo los martes")));
		this.units.saveAndFlush(group);

		UnitProfile profile = this.units.findBySlug("profiled").orElseThrow().profile();
		assertThat(profile.streetAddress()).isEqualTo("12 Rua Augusta");
		assertThat(profile.postalCode()).isEqualTo("01305-000");
		assertThat(profile.email()).isEqualTo("roda@example.org");
		assertThat(profile.description("fr", List.of("es", "pt-BR"))).isEqualTo("Grupo de apoyo los martes");
		assertThat(profile.description("pt-BR", List.of())).isEqualTo("Roda de conversa às terças");
	}

	@Test
	void twoUnitsCannotShareASlug() {
		save(null, UnitKind.NATIONAL, "same");
		assertThatThrownBy(() -> save(null, UnitKind.NATIONAL, "same"))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	private OrganizationUnit save(OrganizationUnit parent, UnitKind kind, String slug) {
		return this.units.saveAndFlush(new OrganizationUnit(new NewUnit(parent == null ? null : new UnitId(parent.id()),
				kind, slug, slug, "US", null, null, null, null, false, List.of("en")), parent));
	}

}
