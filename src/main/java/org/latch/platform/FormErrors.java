package org.latch.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Field errors of a submitted form as message keys, so each is shown translated next to
 * its field. Bean Validation annotations name message keys
 * ({@code message = "validation.email"}); a message that needs a value (a size limit) is
 * rejected with its arguments, so the summary and the field say the same.
 */
public final class FormErrors {

	private static final String TYPE_MISMATCH = "validation.invalid";

	private static final Object[] NO_ARGUMENTS = {};

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final Map<String, Object[]> argumentsByField = new LinkedHashMap<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors of(BindingResult result) {
		FormErrors errors = new FormErrors();
		for (FieldError error : result.getFieldErrors()) {
			String key = error.isBindingFailure() || error.getDefaultMessage() == null
					|| !error.getDefaultMessage().startsWith("validation.") ? TYPE_MISMATCH : error.getDefaultMessage();
			errors.byField.putIfAbsent(error.getField(), key);
		}
		return errors;
	}

	public FormErrors reject(String field, String key) {
		this.byField.putIfAbsent(field, key);
		return this;
	}

	/** Rejects the field with a message that shows {@code arguments} ("up to {0} MB"). */
	public FormErrors reject(String field, String key, Object... arguments) {
		if (!this.byField.containsKey(field)) {
			this.byField.put(field, key);
			this.argumentsByField.put(field, arguments.clone());
		}
		return this;
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	/** The message key for the field's error, or null when the field is fine. */
	public @Nullable String key(String field) {
		return this.byField.get(field);
	}

	/** The values the field's message shows, none for most messages. */
	public Object[] arguments(String field) {
		Object[] arguments = this.argumentsByField.get(field);
		return (arguments != null) ? arguments.clone() : NO_ARGUMENTS;
	}

	/** Every error, in the order the fields were checked (the order of the form). */
	public Map<String, String> all() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.byField));
	}

}
