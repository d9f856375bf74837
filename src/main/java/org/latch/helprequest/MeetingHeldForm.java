package org.latch.helprequest;

import org.jspecify.annotations.Nullable;

/**
 * A meeting held, as sent: the group, the date and how many came, checked later. Named
 * apart from the contact form's fields, which share the page.
 */
record MeetingHeldForm(@Nullable String meetingGroup, @Nullable String meetingDate, @Nullable String attendees) {

	static MeetingHeldForm empty(String today, String group) {
		return new MeetingHeldForm(group, today, "");
	}

	/**
	 * The date as sent when it is one an {@code input type=date} can hold, else empty.
	 */
	String dateValue() {
		return ContactForm.wellFormedDate(this.meetingDate);
	}

	/** The number as sent when an {@code input type=number} can hold it, else empty. */
	String attendeesValue() {
		return (this.attendees != null && this.attendees.matches("-?[0-9]{1,9}")) ? this.attendees : "";
	}

}
