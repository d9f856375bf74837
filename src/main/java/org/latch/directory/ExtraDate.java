package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A one-off meeting date besides the rule, at a wall-clock time in the meeting's zone.
 */
@Embeddable
record ExtraDate(@Column(name = "extra_date") LocalDate date, @Column(name = "start_time") LocalTime time) {

	LocalDateTime start() {
		return this.date.atTime(this.time);
	}

}
