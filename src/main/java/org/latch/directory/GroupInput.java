package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A group's editable data once every field has been checked: name, place (coordinates
 * looked up when the editor gave none), languages and public profile.
 */
record GroupInput(String name, @Nullable String country, @Nullable String region, @Nullable String city,
		@Nullable Double latitude, @Nullable Double longitude, boolean online, List<String> languages,
		UnitProfile profile) {

	NewUnit newUnit(UnitId parent, String slug) {
		return new NewUnit(parent, UnitKind.GROUP, slug, this.name, this.country, this.region, this.city, this.latitude,
				this.longitude, this.online, this.languages);
	}

}
