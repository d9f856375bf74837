package org.latch.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A checked import file as it travels back with the confirmation form: gzip-compressed (a
 * CSV file shrinks to a fraction, so a large import does not make the report page and the
 * confirmation as large again) and base64-encoded. Whatever comes back is checked again,
 * so this is transport, not trust; unpacking stops past the import limit so that a small
 * forged value cannot expand into gigabytes.
 */
final class CheckedFile {

	private CheckedFile() {
	}

	static String pack(byte[] file) {
		ByteArrayOutputStream packed = new ByteArrayOutputStream(file.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
			gzip.write(file);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return Base64.getEncoder().encodeToString(packed.toByteArray());
	}

	/**
	 * The file, or no bytes when the value is not one {@link #pack} wrote; one byte more
	 * than {@code limit} when it unpacks to more than that.
	 */
	static byte[] unpack(String value, long limit) {
		try (InputStream gzip = new GZIPInputStream(
				Base64.getDecoder().wrap(new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII))))) {
			return gzip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		catch (IOException | IllegalArgumentException notPacked) {
			return new byte[0];
		}
	}

}
