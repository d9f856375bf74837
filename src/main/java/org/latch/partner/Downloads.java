package org.latch.partner;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Uploaded files sent back to the few people allowed to see them: with the type their
 * bytes were found to be (a PDF or a PNG, JPEG or WebP image, never anything a browser
 * runs), no sniffing, a name Latch makes, a sandbox should it be opened as a page anyway,
 * and never kept in a cache.
 */
final class Downloads {

	private Downloads() {
	}

	/** The file as a download. */
	static ResponseEntity<Resource> attachment(Path file, EvidenceType type, String name) {
		return send(file, type, ContentDisposition.attachment().filename(name + "." + type.extension()));
	}

	/** An image shown inside a page (an {@code img} element). */
	static ResponseEntity<Resource> inlineImage(Path file, EvidenceType type, String name) {
		if (!type.image()) {
			return attachment(file, type, name);
		}
		return send(file, type, ContentDisposition.inline().filename(name + "." + type.extension()));
	}

	private static ResponseEntity<Resource> send(Path file, EvidenceType type, ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new FileSystemResource(file));
	}

}
