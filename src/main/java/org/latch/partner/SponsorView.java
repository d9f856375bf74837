package org.latch.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A register entry as its submitter and the reviewers read it: the organization, what it
 * makes or sells (products within the Code's scope and those needing care picked out),
 * the attestation with its text, how it stands today, and every step taken.
 */
record SponsorView(UUID id, SponsorState state, SponsorDetails details, String country, List<ProductCategory> products,
		String submitter, Attestation attestation, String attestationText, @Nullable String attestationTranslation,
		String attestationVersion, String attestationLanguage, Instant attestedAt, @Nullable LocalDate approvedOn,
		@Nullable LocalDate expiresOn, boolean renewable, List<CodeHistoryEntry> history) {

	List<ProductCategory> inScope() {
		return this.products.stream().filter(ProductCategory::inCodeScope).toList();
	}

	List<ProductCategory> needingCare() {
		return this.products.stream().filter(ProductCategory::needsCare).toList();
	}

	boolean eligible() {
		return this.details.eligible();
	}

	boolean waiting() {
		return this.state == SponsorState.WAITING || this.state == SponsorState.RENEWAL;
	}

	/** The last reason the reviewers gave. */
	@Nullable String lastNote() {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (this.history.get(i).note() != null) {
				return this.history.get(i).note();
			}
		}
		return null;
	}

}
