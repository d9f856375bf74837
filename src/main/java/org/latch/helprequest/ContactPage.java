package org.latch.helprequest;

import java.util.List;

import org.latch.directory.UnitView;
import org.latch.platform.FormErrors;

/**
 * Everything the contact log page shows: the Leader's groups, both forms with their
 * errors, and the latest entries.
 */
record ContactPage(List<UnitView> groups, ContactForm form, FormErrors errors, MeetingHeldForm meeting,
		FormErrors meetingErrors, List<LoggedEntry> recent) {

	List<ContactChannel> channels() {
		return ContactChannel.offered();
	}

	List<Topic> topics() {
		return List.of(Topic.values());
	}

}
