package org.latch.partner.benefit;

import org.jspecify.annotations.Nullable;

/**
 * A leadership meeting as the staff type it: title, local date and time, time zone, link.
 */
record MeetingForm(@Nullable String title, @Nullable String date, @Nullable String time, @Nullable String zone,
		@Nullable String link) {

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "UTC", "");
	}

	MeetingForm checked() {
		return new MeetingForm(PromotionForm.orEmpty(this.title), PromotionForm.orEmpty(this.date),
				PromotionForm.orEmpty(this.time), PromotionForm.orEmpty(this.zone), PromotionForm.orEmpty(this.link));
	}

}
