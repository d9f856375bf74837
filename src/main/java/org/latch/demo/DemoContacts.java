package org.latch.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.latch.helprequest.ContactChannel;
import org.latch.helprequest.HelpManagement;
import org.latch.helprequest.Topic;

/**
 * The demo Leaders' last three months of helping families by phone, text, email and at
 * meetings, as each would log it on their contact page: what the activity reports and the
 * "families helped" impact figure count. Drawn from a fixed seed, so every demo start
 * logs the same number of contacts, dated back from today.
 */
@Component
class DemoContacts {

	private static final List<ContactChannel> CHANNELS = List.of(ContactChannel.PHONE, ContactChannel.PHONE,
			ContactChannel.TEXT, ContactChannel.EMAIL, ContactChannel.IN_PERSON, ContactChannel.AT_MEETING,
			ContactChannel.ONLINE_MEETING);

	private final HelpManagement help;

	private final Clock clock;

	DemoContacts(HelpManagement help, Clock clock) {
		this.help = help;
		this.clock = clock;
	}

	/** Logs up to five contacts for each Leader; returns how many were logged. */
	int load(List<String> leaders) {
		Random random = new Random(22);
		LocalDate today = LocalDate.now(this.clock);
		Topic[] topics = Topic.values();
		int logged = 0;
		for (String leader : leaders) {
			int contacts = random.nextInt(6);
			for (int i = 0; i < contacts; i++) {
				Set<Topic> asked = EnumSet.of(topics[random.nextInt(topics.length)]);
				if (random.nextInt(3) == 0) {
					asked.add(topics[random.nextInt(topics.length)]);
				}
				LocalDate day = today.minusDays(random.nextInt(90));
				if (this.help.logContact(leader, day, CHANNELS.get(random.nextInt(CHANNELS.size())), asked)) {
					logged++;
				}
			}
		}
		return logged;
	}

}
