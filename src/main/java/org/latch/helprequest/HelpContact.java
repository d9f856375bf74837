package org.latch.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One conversation in which a Leader helped, whatever its number of topics: the date, the
 * channel and the topics. No names, nothing about the family.
 */
@Entity
@Table(name = "help_contact")
class HelpContact extends ContactLogEntry {

	private LocalDate contactDate;

	@Enumerated(EnumType.STRING)
	private ContactChannel channel;

	private String topics;

	protected HelpContact() {
		this.contactDate = LocalDate.EPOCH;
		this.channel = ContactChannel.PHONE;
		this.topics = "";
	}

	HelpContact(UUID leaderId, CountedIn place, LocalDate date, ContactChannel channel, Set<Topic> topics,
			Instant now) {
		super(leaderId, place, now);
		this.contactDate = date;
		this.channel = channel;
		this.topics = joined(topics);
	}

	LocalDate date() {
		return this.contactDate;
	}

	ContactChannel channel() {
		return this.channel;
	}

	Set<Topic> topics() {
		return split(this.topics);
	}

	/** Topics as stored: enum names in declaration order, comma separated. */
	static String joined(Set<Topic> topics) {
		return topics.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<Topic> split(String topics) {
		return topics.isEmpty() ? Set.of()
				: Arrays.stream(topics.split(",")).map(Topic::valueOf).collect(Collectors.toUnmodifiableSet());
	}

}
