package org.latch.partner.benefit;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A partner invited to a leadership meeting, once. */
@Entity
@Table(name = "partner_meeting_invitation")
class MeetingInvitation {

	@EmbeddedId
	private Key key;

	private Instant invitedAt;

	protected MeetingInvitation() {
		this.key = new Key();
		this.invitedAt = Instant.EPOCH;
	}

	MeetingInvitation(UUID meeting, UUID partner, Instant now) {
		this.key = new Key(meeting, partner);
		this.invitedAt = now;
	}

	UUID meetingId() {
		return this.key.meetingId;
	}

	Instant invitedAt() {
		return this.invitedAt;
	}

	/** The meeting and the partner. */
	@Embeddable
	static class Key implements Serializable {

		private UUID meetingId;

		private UUID partnerId;

		protected Key() {
			this.meetingId = new UUID(0, 0);
			this.partnerId = this.meetingId;
		}

		Key(UUID meetingId, UUID partnerId) {
			this.meetingId = meetingId;
			this.partnerId = partnerId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.meetingId.equals(this.meetingId)
					&& key.partnerId.equals(this.partnerId);
		}

		@Override
		public int hashCode() {
			return this.meetingId.hashCode() * 31 + this.partnerId.hashCode();
		}

	}

}
