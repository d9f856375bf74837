package org.latch.milkdonation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.directory.DepotAddress;
import org.latch.directory.MilkPlaceView;

/**
 * A donor's private page: where they are with their bank, who at the bank read their
 * file, their pledge and donations, and once approved, where to take their milk.
 */
record DonorPage(String reference, Stage stage, String name, Instant sentAt, @Nullable MilkPlaceView bank,
		List<ScreeningQuestion> toDiscuss, List<Step> steps, List<Read> reads, @Nullable IneligibleReason reason,
		@Nullable String pledge, List<DonationView> donations, String given, List<DepotAddress> depots,
		Map<UUID, String> places, boolean mailed) {

	/** A step the donor sees: what and when (the bank's notes stay with the bank). */
	record Step(StepKind kind, Instant at) {
	}

	/** Someone at the bank opened the donor's file. */
	record Read(String reader, Instant at) {
	}

	boolean approved() {
		return this.stage == Stage.APPROVED;
	}

}
