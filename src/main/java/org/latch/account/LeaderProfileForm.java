package org.latch.account;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.latch.directory.LeaderProfileInput;
import org.latch.directory.LeaderProfileView;
import org.latch.platform.Language;

/** A Leader's public profile as edited: what families see on the Leader's group pages. */
record LeaderProfileForm(
		@NotBlank(message = "validation.required") @Size(max = 100, message = "validation.too-long") String displayName,
		@Nullable List<String> languages, @Size(max = 500, message = "validation.too-long") @Nullable String about,
		@Email(message = "validation.email") @Size(max = 254,
				message = "validation.too-long") @Nullable String publicEmail,
		@Pattern(regexp = "^$|^\\+?[0-9][0-9 ().-]{4,38}$", message = "validation.phone") @Nullable String publicPhone,
		@Nullable Boolean listed) {

	static LeaderProfileForm of(LeaderProfileView profile) {
		return new LeaderProfileForm(profile.displayName(), profile.languages(), profile.about(), profile.publicEmail(),
				profile.publicPhone(), profile.listed());
	}

	/** The chosen languages that Latch knows, in Latch's order. */
	List<String> knownLanguages() {
		List<String> chosen = (this.languages == null) ? List.of() : this.languages;
		return Language.all().stream().map(Language::tag).filter(chosen::contains).toList();
	}

	/** An unchecked checkbox sends nothing: unlisted. */
	boolean isListed() {
		return Boolean.TRUE.equals(this.listed);
	}

	boolean speaks(String tag) {
		return knownLanguages().contains(tag);
	}

	LeaderProfileInput input() {
		return new LeaderProfileInput(this.displayName.strip(), knownLanguages(), blank(this.about),
				blank(this.publicEmail), blank(this.publicPhone), isListed());
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
