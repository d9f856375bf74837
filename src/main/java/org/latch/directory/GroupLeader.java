package org.latch.directory;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;

/**
 * A listed Leader on a group's page, ready to print: languages by their own names,
 * contact details only those the Leader chose to share.
 */
record GroupLeader(String name, String languages, @Nullable String about, @Nullable String email,
		@Nullable String phone, @Nullable String phoneLink) {

	static GroupLeader of(LeaderProfileView profile) {
		String languages = profile.languages()
			.stream()
			.map(tag -> Language.match(tag).map(Language::nativeName).orElse(tag))
			.collect(Collectors.joining(", "));
		return new GroupLeader(profile.displayName(), languages, profile.about(), profile.publicEmail(),
				profile.publicPhone(),
				profile.publicPhone() == null ? null : "tel:" + profile.publicPhone().replaceAll("[^+0-9]", ""));
	}

}
