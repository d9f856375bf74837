package org.latch.impact;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The network's figures at one instant, each computed by the module that owns the records
 * (decision 37): people holding the Leader role, times Leaders helped a family, countries
 * and regions where a group meets in person, local groups in person and online, and donor
 * milk its milk bank confirmed, exact in both units.
 */
record ImpactFigures(Instant computedAt, long leaders, long familiesHelped, long countries, long regions,
		long groupsInPerson, long groupsOnline, BigDecimal ouncesDonated, BigDecimal millilitresDonated) {
}
