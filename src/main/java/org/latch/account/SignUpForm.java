package org.latch.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a new person gives to open an account. The password is optional: links and
 * passkeys work too.
 */
record SignUpForm(
		@NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String displayName,
		@NotBlank(message = "validation.required") @Email(message = "validation.email") @Size(max = 254,
				message = "validation.too-long") String email,
		@Size(max = 128, message = "validation.too-long") String password) {

	static final int MIN_PASSWORD = 10;

	static SignUpForm empty() {
		return new SignUpForm("", "", "");
	}

	boolean passwordTooShort() {
		return this.password != null && !this.password.isEmpty() && this.password.length() < MIN_PASSWORD;
	}

}
