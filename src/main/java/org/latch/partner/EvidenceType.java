package org.latch.partner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence of legal recognition, told apart by their first
 * bytes only: the name and the type the browser claims are never trusted, so an HTML or
 * SVG file named {@code .pdf} is refused.
 */
enum EvidenceType {

	PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	WEBP("image/webp", "webp", "RIFF".getBytes(StandardCharsets.US_ASCII));

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	EvidenceType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	/** A PNG, JPEG or WebP picture, which a page may show in an {@code img} element. */
	boolean image() {
		return this != PDF;
	}

	/** The type these bytes are, or empty when they are none of the accepted ones. */
	static Optional<EvidenceType> sniff(byte[] bytes) {
		return Arrays.stream(values()).filter(type -> type.matches(bytes)).findFirst();
	}

	private boolean matches(byte[] bytes) {
		if (bytes.length < this.magic.length
				|| !Arrays.equals(bytes, 0, this.magic.length, this.magic, 0, this.magic.length)) {
			return false;
		}
		// RIFF is a container of many formats: WebP says so at bytes 8 to 11.
		return this != WEBP
				|| (bytes.length >= 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP"));
	}

}
