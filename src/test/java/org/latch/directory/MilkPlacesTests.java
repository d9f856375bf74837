package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Families and donors find milk banks and depots near them; a depot's address never
 * appears, only its town and the bank that gives it to approved donors.
 */
@LatchWebTest
class MilkPlacesTests {

	@Autowired
	MilkPlaces places;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void aDepotShowsItsTownAndBankButNeverItsAddress() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		MilkPlaceId bank = this.places.add(new NewMilkPlace(MilkPlaceKind.MILK_BANK, null, null, "Bank " + tag,
				"1 Bank Street", "Portland", "ME", "04101", "US", 43.6591, -70.2568, "+1 207 555 0101",
				"https://bank.example.org", List.of("en", "fr")));
		this.places.add(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null, bank, "Depot " + tag, "77 Secret Lane " + tag,
				"Biddeford", "ME", "04005", "US", 43.4926, -70.4534, null, null, List.of("en")));

		String page = this.mvc.perform(get("/find").param("near", "Portland, ME").param("radius", "50"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(Html.text(this.messages, "find.milk.heading", "en"))
			.contains("Bank " + tag, "1 Bank Street, Portland, ME, 04101", "href=\"tel:+12075550101\"")
			.contains("Depot " + tag, "Biddeford, ME")
			.contains(this.messages.getMessage("find.milk.depot-address", new Object[] { "Bank " + tag },
					java.util.Locale.ENGLISH))
			.doesNotContain("77 Secret Lane " + tag)
			.doesNotContain("04005");
		assertThat(page.indexOf("Bank " + tag)).isLessThan(page.indexOf("Depot " + tag));
		assertThat(this.mvc.perform(get("/find").param("near", "Portland, ME").param("mode", "online"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Bank " + tag);
	}

	@Test
	void aDepotIsShownAtARoundedPointOnly() {
		MilkPlaceId bank = this.places.add(new NewMilkPlace(MilkPlaceKind.MILK_BANK, null, null, "Round bank", null,
				"Denver", "CO", null, "US", 39.7392, -104.9903, null, null, List.of("en")));
		this.places.add(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null, bank, "Round depot", "9 Hidden Road",
				"Boulder", "CO", "80302", "US", 40.01499, -105.27055, null, null, List.of("en")));

		MilkPlaceView depot = this.places.near(new GeoPoint(40.0, -105.3), 10)
			.stream()
			.filter(p -> p.name().equals("Round depot"))
			.findFirst()
			.orElseThrow();

		assertThat(depot.point().latitude()).isEqualTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(depot.point().longitude()).isEqualTo(-105.25, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(depot.streetAddress()).isNull();
		assertThat(depot.postalCode()).isNull();
		assertThat(depot.bankName()).isEqualTo("Round bank");
	}

	@Test
	void aDepotMustSendItsMilkToAKnownBank() {
		assertThatThrownBy(() -> this.places
			.add(new NewMilkPlace(MilkPlaceKind.MILK_DEPOT, null, new MilkPlaceId(UUID.randomUUID()), "Orphan depot",
					null, "Nowhere", null, null, "US", 40, -100, null, null, List.of("en"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
