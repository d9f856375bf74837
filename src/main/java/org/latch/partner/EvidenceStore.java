package org.latch.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.latch.platform.PlatformSettings;

/**
 * Evidence files under {@code LATCH_DATA_DIR/partner-evidence}, outside anything the web
 * server serves, each under a name Latch makes (a random UUID and the sniffed type's
 * extension): a name the applicant chose never reaches the file system.
 */
@Component
class EvidenceStore {

	private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.(pdf|png|jpg|webp)");

	private final Path directory;

	EvidenceStore(PlatformSettings settings) {
		this.directory = settings.dataDir().resolve("partner-evidence").toAbsolutePath().normalize();
	}

	/** Writes the bytes, already checked and sniffed, under a new name. */
	StoredEvidence store(byte[] bytes, EvidenceType type) {
		String name = UUID.randomUUID() + "." + type.extension();
		try {
			Files.createDirectories(this.directory);
			Files.write(this.directory.resolve(name), bytes, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new StoredEvidence(name, type, bytes.length);
	}

	/** The file of a stored name; empty for any name this store did not make. */
	Optional<Path> find(String name) {
		if (!NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = this.directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** Removes a file no application points at any more; a missing file is fine. */
	void delete(String name) {
		find(name).ifPresent(file -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// Left behind: it is unreachable without its row.
			}
		});
	}

}
