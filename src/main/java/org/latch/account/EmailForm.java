package org.latch.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Just an email address: to ask for a password reset link. */
record EmailForm(@NotBlank(message = "validation.required") @Email(message = "validation.email") @Size(max = 254,
		message = "validation.too-long") String email) {

	static EmailForm empty() {
		return new EmailForm("");
	}

}
