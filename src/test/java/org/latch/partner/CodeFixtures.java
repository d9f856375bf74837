package org.latch.partner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Values for the Code register's tests: a good register entry and a good violation report
 * as form fields, details for the facade, and real photos carrying the metadata a phone
 * writes (a GPS position in EXIF, a text chunk).
 */
final class CodeFixtures {

	/** Written into every test photo's metadata; must never survive storing. */
	static final String SECRET = "GPS 42.3601 N 71.0589 W Reporter's Phone";

	private CodeFixtures() {
	}

	/** A register entry for a baby-carrier maker, as the form sends it. */
	static Map<String, String> sponsorForm(String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("country", "US");
		form.put("website", "carriers.example.org");
		form.put("role", "BOTH");
		form.put("products", "BABY_CARRIERS");
		form.put("description", "Ergonomic baby carriers and slings.");
		form.put("affiliated", "no");
		form.put("signer", "Dana Whitfield");
		form.put("title", "Director");
		form.put("email", "dana@carriers.example.org");
		form.put("attest", "true");
		return form;
	}

	/** A violation report as the public form sends it, photo aside. */
	static Map<String, String> reportForm(String company) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("place", "Pharmacy on Rua Chile, Salvador");
		form.put("country", "BR");
		form.put("observedOn", "2026-01-15");
		form.put("company", company);
		form.put("product", "StageOne Gold");
		form.put("productKind", "FOLLOW_UP_FORMULA");
		form.put("article", "RETAIL_PROMOTION");
		form.put("description", "A shelf display offered 30% off follow-up formula with a free bottle.");
		form.put("email", "");
		form.put("consent", "true");
		return form;
	}

	static SponsorDetails details(String name, ProductCategory... products) {
		return new SponsorDetails(name, "US", "https://example.org", SponsorRole.SPONSOR,
				Set.of((products.length == 0) ? new ProductCategory[] { ProductCategory.BOOKS_EDUCATION } : products),
				"Books for new parents.", false);
	}

	static Attestation attestation() {
		return new Attestation("Dana Whitfield", "Director", "dana@example.org");
	}

	/** A real 4 x 4 PNG with a text chunk naming where it was taken. */
	static byte[] pngWithLocation() {
		byte[] png = image("png");
		byte[] text = ("Location\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream chunk = new ByteArrayOutputStream();
		writeInt(chunk, text.length);
		chunk.writeBytes("tEXt".getBytes(StandardCharsets.US_ASCII));
		chunk.writeBytes(text);
		writeInt(chunk, 0);
		// after the signature (8 bytes) and IHDR (25 bytes)
		return splice(png, 33, chunk.toByteArray());
	}

	/** A real 4 x 4 JPEG with an EXIF segment and a comment. */
	static byte[] jpegWithLocation() {
		byte[] jpeg = image("jpg");
		byte[] exif = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		byte[] comment = SECRET.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream segments = new ByteArrayOutputStream();
		segment(segments, 0xE1, exif);
		segment(segments, 0xFE, comment);
		return splice(jpeg, 2, segments.toByteArray());
	}

	/** A WebP container with a (tiny, undecoded) VP8L picture and an EXIF chunk. */
	static byte[] webpWithLocation() {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
		webpChunk(body, "VP8X", new byte[] { 0x08, 0, 0, 0, 3, 0, 0, 3, 0, 0 });
		webpChunk(body, "VP8L", new byte[] { 0x2F, 3, (byte) 0xC0, 0x00, 0x07 });
		webpChunk(body, "EXIF", SECRET.getBytes(StandardCharsets.ISO_8859_1));
		byte[] content = body.toByteArray();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
		writeIntLe(file, content.length);
		file.writeBytes(content);
		return file.toByteArray();
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xCC3366);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] splice(byte[] file, int at, byte[] inserted) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(file, 0, at);
		out.writeBytes(inserted);
		out.write(file, at, file.length - at);
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
		out.write(0xFF);
		out.write(marker);
		out.write((data.length + 2) >>> 8);
		out.write((data.length + 2) & 0xFF);
		out.writeBytes(data);
	}

	private static void webpChunk(ByteArrayOutputStream out, String fourcc, byte[] data) {
		out.writeBytes(fourcc.getBytes(StandardCharsets.US_ASCII));
		writeIntLe(out, data.length);
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
	}

	private static void writeInt(ByteArrayOutputStream out, int value) {
		out.write(value >>> 24);
		out.write(value >>> 16);
		out.write(value >>> 8);
		out.write(value);
	}

	private static void writeIntLe(ByteArrayOutputStream out, int value) {
		out.write(value);
		out.write(value >>> 8);
		out.write(value >>> 16);
		out.write(value >>> 24);
	}

}
