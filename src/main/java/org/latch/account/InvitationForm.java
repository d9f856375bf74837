package org.latch.account;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator invites someone by email to a role in one of their units. Role and
 * unit bind as text and are checked here, so every field gets its own message even when
 * several are wrong.
 */
record InvitationForm(
		@NotBlank(message = "validation.required") @Email(message = "validation.email") @Size(max = 254,
				message = "validation.too-long") String email,
		@NotBlank(message = "validation.required") @Pattern(regexp = "LEADER|AREA_ADMIN|ORG_ADMIN",
				message = "validation.invalid") String role,
		@NotBlank(message = "validation.required") @Pattern(
				regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
				message = "validation.invalid") String unit) {

	static InvitationForm empty() {
		return new InvitationForm("", Role.LEADER.name(), "");
	}

	/** The chosen role; only call after validation. */
	Role chosenRole() {
		return Role.valueOf(this.role);
	}

	/** The chosen unit; only call after validation. */
	UUID chosenUnit() {
		return UUID.fromString(this.unit);
	}

}
