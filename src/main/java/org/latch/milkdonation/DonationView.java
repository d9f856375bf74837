package org.latch.milkdonation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One donation as pages show it: the amount in both units, where, and whether counted.
 */
record DonationView(UUID id, LocalDate on, String place, String amount, boolean confirmed, boolean byDonor) {
}
