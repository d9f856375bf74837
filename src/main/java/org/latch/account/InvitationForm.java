package org.latch.account;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator invites someone by email to a role in one of their units. */
record InvitationForm(
		@NotBlank(message = "validation.required") @Email(message = "validation.email") @Size(max = 254,
				message = "validation.too-long") String email,
		@NotNull(message = "validation.required") Role role, @NotNull(message = "validation.required") UUID unit) {
}
