package org.latch.calendar;

/**
 * Funds raised toward a campaign's goal, in cents of one currency, and how many gifts.
 */
public record FundsProgress(long raisedCents, long goalCents, String currency, int gifts) {
}
