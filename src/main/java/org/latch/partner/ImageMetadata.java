package org.latch.partner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Takes out of a photo everything that is not the picture: a phone's photo usually says
 * where it was taken (GPS position), when, and with which device, which could name an
 * anonymous reporter. The file's structure is read, not decoded: metadata blocks are left
 * out (PNG text and EXIF chunks, JPEG APP1/EXIF, XMP, IPTC and comments, WebP EXIF and
 * XMP chunks), as is anything after the image's end. A file whose structure is not that
 * of its type is no photo, and is refused.
 */
final class ImageMetadata {

	/** PNG chunks needed to draw the picture; text, EXIF, time and unknown ones go. */
	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
			"sBIT", "sRGB", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");

	private static final Set<String> WEBP_DROPPED = Set.of("EXIF", "XMP ");

	private static final Set<String> WEBP_PICTURE = Set.of("VP8 ", "VP8L", "ANMF");

	private ImageMetadata() {
	}

	/** The picture alone, or empty when the bytes are not a well-formed image. */
	static Optional<byte[]> strip(byte[] bytes, EvidenceType type) {
		return switch (type) {
			case PNG -> png(bytes);
			case JPEG -> jpeg(bytes);
			case WEBP -> webp(bytes);
			case PDF -> Optional.empty();
		};
	}

	private static Optional<byte[]> png(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int at = 8;
		while (at + 12 <= in.length) {
			long length = u32be(in, at);
			String type = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
			if (length > in.length - at - 12 || !type.chars().allMatch(c -> Character.isLetter(c) && c < 128)
					|| (at == 8 && !type.equals("IHDR"))) {
				return Optional.empty();
			}
			int chunk = 12 + (int) length;
			if (PNG_KEPT.contains(type)) {
				out.write(in, at, chunk);
			}
			at += chunk;
			if (type.equals("IEND")) {
				return Optional.of(out.toByteArray());
			}
		}
		return Optional.empty();
	}

	private static Optional<byte[]> jpeg(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 2);
		int at = 2;
		boolean scanned = false;
		while (at + 2 <= in.length) {
			int marker = in[at + 1] & 0xFF;
			if ((in[at] & 0xFF) != 0xFF || (marker >= 0xD0 && marker <= 0xD8)) {
				return Optional.empty();
			}
			if (marker == 0xFF) {
				at++;
				continue;
			}
			if (marker == 0xD9) {
				out.write(in, at, 2);
				return scanned ? Optional.of(out.toByteArray()) : Optional.empty();
			}
			if (at + 4 > in.length) {
				return Optional.empty();
			}
			int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
			if (length < 2 || at + 2 + length > in.length) {
				return Optional.empty();
			}
			if (keptJpegSegment(marker, in, at + 4, length - 2)) {
				out.write(in, at, 2 + length);
			}
			at += 2 + length;
			if (marker == 0xDA) {
				scanned = true;
				int start = at;
				at = endOfScan(in, at);
				out.write(in, start, at - start);
			}
		}
		return Optional.empty();
	}

	/** Where the compressed data after a start-of-scan ends: at the next real marker. */
	private static int endOfScan(byte[] in, int from) {
		int at = from;
		while (at + 1 < in.length) {
			int next = in[at + 1] & 0xFF;
			if ((in[at] & 0xFF) == 0xFF && next != 0x00 && (next < 0xD0 || next > 0xD7)) {
				return at;
			}
			at++;
		}
		return in.length;
	}

	/**
	 * APP0 (JFIF), an ICC colour profile and Adobe's colour-transform segment are needed
	 * to draw the picture right; other APPn segments (EXIF, XMP, IPTC, makers' notes) and
	 * comments are not.
	 */
	private static boolean keptJpegSegment(int marker, byte[] in, int data, int length) {
		if (marker == 0xFE) {
			return false;
		}
		if (marker == 0xE2) {
			return startsWith(in, data, length, "ICC_PROFILE\0");
		}
		if (marker == 0xEE) {
			return startsWith(in, data, length, "Adobe");
		}
		return marker < 0xE1 || marker > 0xEF;
	}

	private static Optional<byte[]> webp(byte[] in) {
		long riff = u32le(in, 4);
		if (in.length < 20 || riff < 12 || riff + 8 > in.length) {
			return Optional.empty();
		}
		int end = (int) riff + 8;
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 12);
		int at = 12;
		int extended = -1;
		boolean picture = false;
		while (at + 8 <= end) {
			String fourcc = new String(in, at, 4, StandardCharsets.US_ASCII);
			long size = u32le(in, at + 4);
			if (size > end - at - 8) {
				return Optional.empty();
			}
			if (!WEBP_DROPPED.contains(fourcc)) {
				if (fourcc.equals("VP8X")) {
					extended = out.size();
				}
				picture |= WEBP_PICTURE.contains(fourcc);
				out.write(in, at, 8 + (int) size);
				if (size % 2 == 1) {
					out.write(0);
				}
			}
			at += 8 + (int) size + (int) (size % 2);
		}
		if (!picture) {
			return Optional.empty();
		}
		byte[] stripped = out.toByteArray();
		int length = stripped.length - 8;
		for (int i = 0; i < 4; i++) {
			stripped[4 + i] = (byte) (length >>> (8 * i));
		}
		if (extended >= 0 && extended + 8 < stripped.length) {
			// The extended header's flags must no longer announce EXIF (0x08) or XMP
			// (0x04).
			stripped[extended + 8] &= (byte) ~0x0C;
		}
		return Optional.of(stripped);
	}

	private static boolean startsWith(byte[] in, int at, int length, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
		return length >= expected.length
				&& java.util.Arrays.equals(in, at, at + expected.length, expected, 0, expected.length);
	}

	private static long u32be(byte[] in, int at) {
		return ((long) (in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8)
				| (in[at + 3] & 0xFF);
	}

	private static long u32le(byte[] in, int at) {
		return ((long) (in[at + 3] & 0xFF) << 24) | ((in[at + 2] & 0xFF) << 16) | ((in[at + 1] & 0xFF) << 8)
				| (in[at] & 0xFF);
	}

}
