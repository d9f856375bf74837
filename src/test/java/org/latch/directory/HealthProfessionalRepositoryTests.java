package org.latch.directory;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class HealthProfessionalRepositoryTests {

	@Autowired
	HealthProfessionalRepository professionals;

	@Autowired
	TestEntityManager entities;

	@Autowired
	OrganizationUnitRepository units;

	@Test
	void aListingComesBackAsGivenAndASubtreeKeepsTheListingsOfItsUnits() {
		OrganizationUnit north = unit(null, "north-care");
		OrganizationUnit group = unit(north, "north-care-group");
		OrganizationUnit south = unit(null, "south-care");
		Instant agreed = Instant.parse("2026-11-01T10:00:00Z");
		HealthProfessional ibclc = this.entities.persist(new HealthProfessional(
				new NewProfessional(ProfessionalKind.IBCLC, new UnitId(group.id()), "Joana Lima", "IBCLC, enfermeira",
						"12345678", "Espaço Amamentar", "Rua Um 1", "Porto Alegre", "RS", "90010-000", "BR", -30.03,
						-51.23, "+55 51 5555-0100", "https://amamentar.example.org", List.of("pt-BR", "es"), true),
				agreed));
		this.entities.persist(new HealthProfessional(
				new NewProfessional(ProfessionalKind.DOCTOR, new UnitId(south.id()), "Dra. Sul", null, "99999", null,
						null, "Pelotas", "RS", null, "BR", -31.77, -52.34, null, null, List.of("pt-BR"), false),
				agreed));
		this.entities.flush();
		this.entities.clear();

		assertThat(this.professionals.findOwnedBelow(north.path())).extracting(HealthProfessional::name)
			.containsExactly("Joana Lima");
		ProfessionalView shown = this.professionals.findById(ibclc.getId()).orElseThrow().publicView();
		assertThat(shown.iblceNumber()).isEqualTo("12345678");
		assertThat(shown.streetAddress()).isEqualTo("Rua Um 1");
		assertThat(shown.languages()).containsExactly("pt-BR", "es");
		assertThat(shown.telehealth()).isTrue();
		assertThat(this.professionals.findOwnedBelow(south.path()).get(0).publicView().iblceNumber())
			.as("only an IBCLC keeps an IBLCE number")
			.isNull();
	}

	private OrganizationUnit unit(OrganizationUnit parent, String slug) {
		return this.units.saveAndFlush(new OrganizationUnit(new NewUnit(parent == null ? null : new UnitId(parent.id()),
				parent == null ? UnitKind.AREA : UnitKind.GROUP, slug, slug, "BR", null, null, null, null, false,
				List.of("pt-BR")), parent));
	}

}
