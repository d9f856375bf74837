package org.latch.platform;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Map tiles behind the result maps. None by default: no third party learns where a family
 * looks, and the maps show the results on a blank background. An operator who runs or
 * trusts a tile server sets {@code LATCH_MAP_TILES} (a Leaflet URL template such as
 * {@code https://tiles.example.org/{z}/{x}/{y}.png}) and its attribution.
 */
@ConfigurationProperties("latch.map")
public record MapSettings(@Nullable String tiles, @Nullable String attribution) {

	public MapSettings {
		if (tiles != null && !tiles.isBlank() && !tiles.startsWith("https://")) {
			throw new IllegalArgumentException("LATCH_MAP_TILES must be an https:// URL template, not " + tiles);
		}
	}

	public boolean hasTiles() {
		return this.tiles != null && !this.tiles.isBlank();
	}

	/**
	 * The origin the tiles come from, for the Content-Security-Policy; empty without
	 * tiles.
	 */
	public String tileOrigin() {
		if (!hasTiles()) {
			return "";
		}
		URI uri = URI.create(this.tiles.replace("{s}.", "subdomain.").replace("{", "").replace("}", ""));
		return uri.getScheme() + "://" + uri.getAuthority().replace("subdomain.", "*.");
	}

}
