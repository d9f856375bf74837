package org.latch.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class MilkPlaceRepositoryTests {

	@Autowired
	MilkPlaceRepository places;

	@Autowired
	TestEntityManager entities;

	@Autowired
	OrganizationUnitRepository units;

	@Test
	void placesComeBackWithTheirBankAndOnlyABanksAddressIsPublic() {
		MilkPlace bank = this.entities.persist(new MilkPlace(
				new NewMilkPlace(MilkPlaceKind.MILK_BANK, null, null, "Banco de Leite Humano São José", "Rua Um 1",
						"São José dos Campos", "SP", "12210-000", "BR", -23.18, -45.88, null, null, List.of("pt-BR"))));
		MilkPlace depot = this.entities.persist(new MilkPlace(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null,
				new MilkPlaceId(bank.getId()), "Posto Taubaté", "Rua Dois 2", "Taubaté", "SP", "12020-000", "BR",
				-23.02, -45.55, null, null, List.of("pt-BR"))));
		this.entities.flush();
		this.entities.clear();

		MilkPlaceView depotView = this.places.findById(depot.getId()).orElseThrow().publicView("Banco", null);
		assertThat(depotView.name()).isEqualTo("Posto Taubaté");
		assertThat(depotView.bank()).isEqualTo(new MilkPlaceId(bank.getId()));
		assertThat(depotView.streetAddress()).isNull();
		assertThat(this.places.findById(bank.getId()).orElseThrow().publicView(null, null).streetAddress())
			.isEqualTo("Rua Um 1");
	}

	@Test
	void aSubtreeOwnsThePlacesOfItsUnitsAndTheirBanksCanBeChosen() {
		OrganizationUnit north = unit(null, "north-milk");
		OrganizationUnit group = unit(north, "north-milk-group");
		OrganizationUnit south = unit(null, "south-milk");
		MilkPlace bank = this.entities.persist(place(MilkPlaceKind.MILK_BANK, north, null, "Norte Banco"));
		this.entities.persist(place(MilkPlaceKind.MILK_DEPOT, group, bank, "Norte Posto"));
		MilkPlace other = this.entities.persist(place(MilkPlaceKind.MILK_BANK, south, null, "Sul Banco"));
		this.entities.flush();
		this.entities.clear();

		assertThat(this.places.findOwnedBelow(north.path())).extracting(MilkPlace::name)
			.containsExactly("Norte Banco", "Norte Posto");
		assertThat(
				this.places.findByKindAndUnitIdInOrderByName(MilkPlaceKind.MILK_BANK, List.of(north.id(), group.id())))
			.extracting(MilkPlace::name)
			.containsExactly("Norte Banco");
		assertThat(this.places.existsByBankId(bank.getId())).isTrue();
		assertThat(this.places.existsByBankId(other.getId())).isFalse();

		MilkPlace stored = this.places.findById(other.getId()).orElseThrow();
		stored.update(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null, new MilkPlaceId(bank.getId()), "Sul Posto",
				"Rua Três 3", "Pelotas", "RS", "96010-000", "BR", -31.77, -52.34, "+55 53 5555-0100", null,
				List.of("pt-BR", "es")));
		this.entities.flush();
		this.entities.clear();
		NewMilkPlace changed = this.places.findById(other.getId()).orElseThrow().input();
		assertThat(changed.name()).isEqualTo("Sul Posto");
		assertThat(changed.unit()).as("the owner stays").isEqualTo(new UnitId(south.id()));
		assertThat(changed.bank()).isEqualTo(new MilkPlaceId(bank.getId()));
		assertThat(changed.languages()).containsExactly("pt-BR", "es");
	}

	private OrganizationUnit unit(OrganizationUnit parent, String slug) {
		return this.units.saveAndFlush(new OrganizationUnit(new NewUnit(parent == null ? null : new UnitId(parent.id()),
				parent == null ? UnitKind.AREA : UnitKind.GROUP, slug, slug, "BR", null, null, null, null, false,
				List.of("pt-BR")), parent));
	}

	private static MilkPlace place(MilkPlaceKind kind, OrganizationUnit owner, MilkPlace bank, String name) {
		return new MilkPlace(new NewMilkPlace(kind, new UnitId(owner.id()),
				bank == null ? null : new MilkPlaceId(bank.getId()), name, "Rua Um 1", "Porto Alegre", "RS",
				"90010-000", "BR", -30.03, -51.23, null, null, List.of("pt-BR")));
	}

}
