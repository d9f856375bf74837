package org.latch.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password chosen from a reset link or an invitation. */
record NewPasswordForm(@NotBlank(message = "validation.required") @Size(min = SignUpForm.MIN_PASSWORD, max = 128,
		message = "validation.password.length") String password) {
}
