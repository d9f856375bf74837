package org.latch.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A rendered page as UTF-8 in one growing array: the templates' static text arrives as
 * bytes and is copied, text from the model is encoded in place. JTE's own byte output
 * keeps a list with an array per piece, and a page has hundreds of pieces.
 */
final class PageBytes implements TemplateOutput {

	private byte[] bytes = new byte[16 * 1024];

	private int length;

	int length() {
		return this.length;
	}

	void writeTo(OutputStream out) throws IOException {
		out.write(this.bytes, 0, this.length);
	}

	@Override
	public void writeBinaryContent(byte[] value) {
		room(value.length);
		System.arraycopy(value, 0, this.bytes, this.length, value.length);
		this.length += value.length;
	}

	/** A whole text goes through the JDK's encoder, which copies plain ASCII at once. */
	@Override
	public void writeContent(String value) {
		writeBinaryContent(value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void writeContent(String value, int beginIndex, int endIndex) {
		if (beginIndex == 0 && endIndex == value.length()) {
			writeContent(value);
			return;
		}
		room(3 * (endIndex - beginIndex));
		byte[] out = this.bytes;
		int at = this.length;
		for (int i = beginIndex; i < endIndex; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				out[at++] = (byte) c;
			}
			else if (c < 0x800) {
				out[at++] = (byte) (0xc0 | (c >> 6));
				out[at++] = (byte) (0x80 | (c & 0x3f));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < endIndex
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int code = Character.toCodePoint(c, value.charAt(++i));
				out[at++] = (byte) (0xf0 | (code >> 18));
				out[at++] = (byte) (0x80 | ((code >> 12) & 0x3f));
				out[at++] = (byte) (0x80 | ((code >> 6) & 0x3f));
				out[at++] = (byte) (0x80 | (code & 0x3f));
			}
			else if (Character.isSurrogate(c)) {
				out[at++] = '?';
			}
			else {
				out[at++] = (byte) (0xe0 | (c >> 12));
				out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
				out[at++] = (byte) (0x80 | (c & 0x3f));
			}
		}
		this.length = at;
	}

	private void room(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

}
