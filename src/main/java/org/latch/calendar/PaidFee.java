package org.latch.calendar;

import java.time.Instant;

/**
 * A registration's fee as paid: the amount in cents of the campaign's currency, when,
 * whether online, and whether it is to be given back (paid for a registration cancelled
 * meanwhile).
 */
public record PaidFee(long cents, Instant paidAt, boolean online, boolean refundDue) {
}
