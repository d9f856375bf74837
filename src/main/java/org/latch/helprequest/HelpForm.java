package org.latch.helprequest;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The help form as submitted, every field optional until checked ({@link HelpChecks});
 * {@code secret} is the private link's secret, made when the form was shown, so sending
 * the same form twice sends one request.
 */
record HelpForm(@Nullable String secret, @Nullable String name, @Nullable ContactMethod contact, @Nullable String email,
		@Nullable String phone, @Nullable String language, @Nullable String near, @Nullable BabyAge baby,
		@Nullable Set<Topic> topics, @Nullable Set<WarningSign> signs, @Nullable String question, boolean consent) {

	static HelpForm empty(String secret, String language) {
		return new HelpForm(secret, "", ContactMethod.IN_APP, "", "", language, "", null, Set.of(), Set.of(), "",
				false);
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	boolean has(Topic topic) {
		return this.topics != null && this.topics.contains(topic);
	}

	boolean has(WarningSign sign) {
		return this.signs != null && this.signs.contains(sign);
	}

}
