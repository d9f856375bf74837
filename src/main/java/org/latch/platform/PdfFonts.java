package org.latch.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one PDF document (an agreement, a receipt): one embedded subset of the
 * Liberation Sans that OpenPDF ships (Latin, Greek and Cyrillic alphabets), whose subset
 * name, normally six random letters, is the given letter six times, so that the same
 * content makes the same bytes.
 */
public final class PdfFonts {

	private static final byte[] FONT = font();

	public final Font title;

	public final Font heading;

	public final Font label;

	public final Font body;

	public final Font small;

	public PdfFonts(char letter) {
		BaseFont base;
		try {
			base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					FONT, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Liberation Sans cannot be read", ex);
		}
		base.setSecureRandom(new SecureRandom() {
			@Override
			public double nextDouble() {
				return (letter - 'A') / 26.0;
			}
		});
		this.title = new Font(base, 18, Font.BOLD);
		this.heading = new Font(base, 12, Font.BOLD);
		this.label = new Font(base, 9, Font.BOLD);
		this.body = new Font(base, 10);
		this.small = new Font(base, 8);
	}

	private static byte[] font() {
		try (InputStream in = BaseFont.class.getClassLoader()
			.getResourceAsStream("font-fallback/LiberationSans-Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("OpenPDF's Liberation Sans is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
