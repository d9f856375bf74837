package org.latch.helprequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.latch.platform.PlatformSettings;

/**
 * The key ring for families' data: {@code latch.help.keys} ({@code LATCH_HELP_KEYS}),
 * current key first. Without it, a key is made on first start and kept in
 * {@code help-keys} in the data directory, readable by its owner only, so the demo runs
 * with no setup; production configures its own ring and keeps it apart from backups of
 * the database.
 */
@Configuration(proxyBeanMethods = false)
class HelpKeys {

	private static final Logger log = LoggerFactory.getLogger(HelpKeys.class);

	@Bean
	FieldCipher fieldCipher(@Value("${latch.help.keys:}") String ring, PlatformSettings settings) {
		if (!ring.isBlank()) {
			return FieldCipher.of(ring);
		}
		Path file = settings.dataDir().resolve("help-keys");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, "k1:" + FieldCipher.newKey(), StandardCharsets.US_ASCII);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: the directory's own permissions apply.
				}
				log.warn("No latch.help.keys configured: made a key in {}. Configure LATCH_HELP_KEYS in production.",
						file);
			}
			return FieldCipher.of(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
