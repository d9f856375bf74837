package org.latch.milkdonation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Milk donation settings ({@code latch.milk.*}).
 *
 * @param reachKm how far the nearest milk bank may be for a donor's form to reach it
 * (banks take milk shipped from far away, so this is wide)
 * @param formsPerHour interest forms accepted per network address and hour
 * @param keepMonths months a donor's details are kept after their last activity (stated
 * in the consent line)
 */
@ConfigurationProperties("latch.milk")
record MilkSettings(@DefaultValue("1000") int reachKm, @DefaultValue("5") int formsPerHour,
		@DefaultValue("24") int keepMonths) {
}
