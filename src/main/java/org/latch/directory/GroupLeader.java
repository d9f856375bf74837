package org.latch.directory;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;

/**
 * A listed Leader on a group's page, ready to print: languages by their own names,
 * contact details only those the Leader chose to share.
 */
record GroupLeader(String name, String languages, @Nullable String about, @Nullable String email,
		@Nullable String phone, @Nullable String phoneLink) {

	static GroupLeader of(LeaderProfileView profile) {
		return new GroupLeader(profile.displayName(), Language.nativeNamesOf(profile.languages()), profile.about(),
				profile.publicEmail(), profile.publicPhone(), PhoneLinks.tel(profile.publicPhone()));
	}

}
