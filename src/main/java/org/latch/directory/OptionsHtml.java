package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

/**
 * The {@code <option>}s of a long list, escaped and encoded once, written into the page
 * as bytes. The organizations filter has an option per organization (75 in the demo, more
 * in a real network): rendered on every search they were two fifths of the page and of
 * its cost. The markup is what the template's own loop writes.
 */
final class OptionsHtml implements Content {

	private final byte[] html;

	private OptionsHtml(byte[] html) {
		this.html = html;
	}

	static OptionsHtml of(List<FindPage.Option> options) {
		StringOutput out = new StringOutput(64 * options.size());
		for (FindPage.Option option : options) {
			out.writeContent("<option value=\"");
			Escape.htmlAttribute(option.value(), out);
			out.writeContent(option.selected() ? "\" selected>" : "\">");
			Escape.htmlContent(option.label(), out);
			out.writeContent("</option>\n");
		}
		return new OptionsHtml(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void writeTo(TemplateOutput output) {
		output.writeBinaryContent(this.html);
	}

}
