package org.latch.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered into {@link PageBytes} is the same UTF-8 the JDK writes, in every
 * script our languages and names use, past the first buffer and with pieces of text.
 */
class PageBytesTests {

	@Test
	void textIsEncodedAsTheJdkEncodesIt() throws IOException {
		String text = "Café São Paulo · Pòtoprens — 東京 👩‍👩‍👧 <b>&amp;</b> l'eau";
		PageBytes page = new PageBytes();
		page.writeContent(text);
		page.writeBinaryContent("<br>".getBytes(StandardCharsets.UTF_8));
		page.writeContent(text, 5, 14);
		assertThat(bytes(page)).isEqualTo((text + "<br>" + text.substring(5, 14)).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aLoneSurrogateBecomesAQuestionMarkAsInTheJdk() throws IOException {
		String broken = "a\ud83dz\udc69";
		PageBytes page = new PageBytes();
		page.writeContent(broken);
		assertThat(bytes(page)).isEqualTo(broken.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aLongPageGrowsTheBuffer() throws IOException {
		String piece = "<li>Grupo de apoio à amamentação — São Paulo</li>\n";
		PageBytes page = new PageBytes();
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			page.writeContent(piece);
			page.writeBinaryContent(new byte[] { 'x' });
			expected.append(piece).append('x');
		}
		byte[] written = bytes(page);
		assertThat(written).hasSizeGreaterThan(64 * 1024);
		assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
		assertThat(page.length()).isEqualTo(written.length);
	}

	private static byte[] bytes(PageBytes page) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out);
		return out.toByteArray();
	}

}
