package org.latch.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person accepting an invitation who has no account yet. */
record AcceptInvitationForm(
		@NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String displayName,
		@NotBlank(message = "validation.required") @Size(min = SignUpForm.MIN_PASSWORD, max = 128,
				message = "validation.password.length") String password) {

	static AcceptInvitationForm empty() {
		return new AcceptInvitationForm("", "");
	}

}
