package org.latch.helprequest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requests are routed ({@code latch.help.routing.*}): how long a Leader has to accept
 * an offer (urgent requests less), how many Leaders are offered a request at once, after
 * how many declined or expired offers it goes to the Area Administrators, and how many
 * kilometres one open request of a Leader weighs against distance when ranking.
 */
@ConfigurationProperties("latch.help.routing")
record RoutingSettings(@DefaultValue("24h") Duration offerTime, @DefaultValue("2h") Duration urgentOfferTime,
		@DefaultValue("1") int offersAtOnce, @DefaultValue("3") int maxOffers, @DefaultValue("10") int loadKm) {

	RoutingSettings {
		if (offersAtOnce < 1 || maxOffers < 1 || loadKm < 0 || offerTime.isNegative() || urgentOfferTime.isNegative()) {
			throw new IllegalArgumentException("latch.help.routing: offers and times must be positive");
		}
	}

	Duration offerTime(boolean urgent) {
		return urgent ? this.urgentOfferTime : this.offerTime;
	}

}
