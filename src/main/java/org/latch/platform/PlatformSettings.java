package org.latch.platform;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every module may read: where Latch keeps files, the public address of this
 * installation, and the feeding terminology families see until they choose their own.
 *
 * @param dataDir directory for the embedded database, mail drop and search index
 * @param baseUrl public address, used in links sent by email and for passkeys
 * @param terminology default terminology of the organization running this installation
 */
@ConfigurationProperties("latch")
public record PlatformSettings(Path dataDir, URI baseUrl, String terminology) {

	public Terminology defaultTerminology() {
		return Terminology.fromKey(this.terminology).orElse(Terminology.BREASTFEEDING);
	}

	/** An absolute link to a path of this installation, for emails. */
	public String link(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
