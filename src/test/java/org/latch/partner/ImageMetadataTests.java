package org.latch.partner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter's photo keeps its picture and loses what the camera wrote about it; a file
 * that only starts like an image is no photo.
 */
class ImageMetadataTests {

	@Test
	void aPngLosesItsTextChunkAndStillShowsTheSamePicture() throws IOException {
		byte[] photo = CodeFixtures.pngWithLocation();
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(CodeFixtures.SECRET);

		byte[] stripped = ImageMetadata.strip(photo, EvidenceType.PNG).orElseThrow();

		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("tEXt");
		assertThat(pixel(stripped)).isEqualTo(pixel(photo)).isEqualTo(0xCC3366);
	}

	@Test
	void aJpegLosesItsExifAndCommentAndStillDecodes() throws IOException {
		byte[] photo = CodeFixtures.jpegWithLocation();

		byte[] stripped = ImageMetadata.strip(photo, EvidenceType.JPEG).orElseThrow();

		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Exif");
		assertThat(EvidenceType.sniff(stripped)).contains(EvidenceType.JPEG);
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(4);
	}

	@Test
	void aJpegLosesWhatFollowsItsEnd() {
		byte[] photo = CodeFixtures.jpegWithLocation();
		byte[] appended = new byte[photo.length + 20];
		System.arraycopy(photo, 0, appended, 0, photo.length);
		System.arraycopy("<script>GPS</script>".getBytes(StandardCharsets.US_ASCII), 0, appended, photo.length, 20);

		assertThat(ImageMetadata.strip(appended, EvidenceType.JPEG).orElseThrow())
			.hasSize(ImageMetadata.strip(photo, EvidenceType.JPEG).orElseThrow().length);
	}

	@Test
	void aWebpLosesItsExifChunkAndNoLongerAnnouncesOne() {
		byte[] photo = CodeFixtures.webpWithLocation();

		byte[] stripped = ImageMetadata.strip(photo, EvidenceType.WEBP).orElseThrow();

		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("EXIF");
		assertThat(EvidenceType.sniff(stripped)).contains(EvidenceType.WEBP);
		int riffSize = (stripped[4] & 0xFF) | (stripped[5] & 0xFF) << 8 | (stripped[6] & 0xFF) << 16
				| (stripped[7] & 0xFF) << 24;
		assertThat(riffSize).isEqualTo(stripped.length - 8);
		assertThat(stripped[20] & 0x0C).as("VP8X flags").isZero();
	}

	@Test
	void filesThatOnlyStartLikeAnImageAreRefused() {
		byte[] html = "<html><body>hello</body></html>".getBytes(StandardCharsets.US_ASCII);
		byte[] pngThenHtml = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, html);
		byte[] jpegThenHtml = concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, html);
		byte[] riffWithoutPicture = "RIFF\u0004\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(ImageMetadata.strip(pngThenHtml, EvidenceType.PNG)).isEmpty();
		assertThat(ImageMetadata.strip(jpegThenHtml, EvidenceType.JPEG)).isEmpty();
		assertThat(ImageMetadata.strip(riffWithoutPicture, EvidenceType.WEBP)).isEmpty();
		assertThat(ImageMetadata.strip(PartnerFixtures.PDF, EvidenceType.PDF)).isEmpty();
		byte[] truncated = java.util.Arrays.copyOf(CodeFixtures.pngWithLocation(), 40);
		assertThat(ImageMetadata.strip(truncated, EvidenceType.PNG)).isEmpty();
	}

	private static int pixel(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return image.getRGB(1, 1) & 0xFFFFFF;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
