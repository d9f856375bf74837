package org.latch.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files in a directory under {@code LATCH_DATA_DIR}, outside anything the web
 * server serves, each under a name Latch makes (a random UUID and the sniffed type's
 * extension): a name the uploader chose never reaches the file system, and a name this
 * store did not make is never looked up.
 */
abstract class PrivateFiles {

	private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.(pdf|png|jpg|webp)");

	private final Path directory;

	PrivateFiles(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
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

	/** Removes a file no record points at any more; a missing file is fine. */
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

	/**
	 * Deletes a file just stored if the transaction that was to point at it rolls back,
	 * so a refused or failed save leaves no file behind.
	 */
	void deleteUnlessCommitted(String name) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(name);
				}
			}
		});
	}

}
