package org.latch.helprequest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/**
 * One request, counted: month, language, urgency, online or not, and topics, with no link
 * to the request, so the count stays when the request is deleted.
 */
@Entity
@Table(name = "help_count")
class HelpCount extends StoredEntity {

	@Id
	private UUID id;

	private LocalDate countedMonth;

	private String language;

	private boolean urgent;

	private boolean online;

	private String topics;

	protected HelpCount() {
		this.id = UUID.randomUUID();
		this.countedMonth = LocalDate.EPOCH;
		this.language = "";
		this.topics = "";
	}

	HelpCount(LocalDate month, String language, boolean urgent, boolean online, String topics) {
		this();
		this.countedMonth = month.withDayOfMonth(1);
		this.language = language;
		this.urgent = urgent;
		this.online = online;
		this.topics = topics;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
