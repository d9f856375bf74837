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

	@Test
	void placesComeBackWithTheirBankAndOnlyInsideTheLatitudeBand() {
		MilkPlace bank = this.entities.persist(new MilkPlace(
				new NewMilkPlace(MilkPlaceKind.MILK_BANK, null, null, "Banco de Leite Humano São José", "Rua Um 1",
						"São José dos Campos", "SP", "12210-000", "BR", -23.18, -45.88, null, null, List.of("pt-BR"))));
		this.entities.persist(new MilkPlace(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null,
				new MilkPlaceId(bank.getId()), "Posto Taubaté", "Rua Dois 2", "Taubaté", "SP", "12020-000", "BR",
				-23.02, -45.55, null, null, List.of("pt-BR"))));
		this.entities.flush();
		this.entities.clear();

		List<MilkPlace> band = this.places.findBetweenLatitudes(-23.1, -22.9);
		assertThat(band).extracting(MilkPlace::name).containsExactly("Posto Taubaté");
		assertThat(band.getFirst().publicView("Banco", null).bank()).isEqualTo(new MilkPlaceId(bank.getId()));
		assertThat(this.places.findBetweenLatitudes(-24, -23).getFirst().publicView(null, null).streetAddress())
			.isEqualTo("Rua Um 1");
	}

}
