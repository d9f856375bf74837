package org.latch.fundraising;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PdfFonts;

/**
 * A gift's receipt as PDF, in the giver's language: who gave how much, when and how, the
 * receipt number, each beneficiary's part with its legal name and tax wording, and any
 * refund with what the gift still holds.
 */
@Component
class ReceiptPdf {

	/** What a receipt says. */
	record Content(String campaign, String receiptNumber, Instant completedAt, ZoneId zone, String giverName,
			long amountCents, String currency, Gift.Method method, String page, List<GiftShare> shares,
			List<Refund> refunds, String language) {
	}

	private final MessageSource messages;

	ReceiptPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Content content) {
		Language language = Language.match(content.language()).orElse(Language.ENGLISH);
		Localizer text = new Localizer(this.messages, language.locale());
		Locale locale = language.locale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfFonts fonts = new PdfFonts('R');
		PdfWriter.getInstance(document, out);
		document.addTitle(text.t("fund.receipt.title") + " " + content.receiptNumber());
		document.open();
		document.add(heading(text.t("fund.receipt.title"), fonts.title));
		document.add(new Paragraph(text.t("fund.receipt.thanks", content.giverName(), content.campaign()), fonts.body));
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(text.t("fund.receipt.number"), content.receiptNumber());
		rows.put(text.t("fund.receipt.date"),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(content.completedAt().atZone(content.zone())));
		rows.put(text.t("fund.receipt.giver"), content.giverName());
		rows.put(text.t("fund.receipt.amount"), Money.format(content.amountCents(), content.currency(), locale));
		rows.put(text.t("fund.receipt.method"), text.t("fund.method." + content.method().name()));
		rows.put(text.t("fund.receipt.campaign"), content.campaign());
		rows.put(text.t("fund.receipt.page"), content.page());
		document.add(table(rows, fonts));
		document.add(heading(text.t("fund.receipt.split"), fonts.heading));
		for (GiftShare share : content.shares()) {
			document.add(new Paragraph(
					share.legalName() + ": " + Money.format(share.cents(), content.currency(), locale), fonts.label));
			document.add(new Paragraph(share.taxWording(), fonts.body));
		}
		if (!content.refunds().isEmpty()) {
			document.add(heading(text.t("fund.receipt.refunds"), fonts.heading));
			long kept = content.amountCents();
			for (Refund refund : content.refunds()) {
				kept -= refund.amountCents();
				document.add(new Paragraph(
						text.t("fund.receipt.refund", Money.format(refund.amountCents(), content.currency(), locale),
								DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
									.withLocale(locale)
									.format(refund.refundedAt().atZone(content.zone()))),
						fonts.body));
			}
			document.add(new Paragraph(text.t("fund.receipt.kept", Money.format(kept, content.currency(), locale)),
					fonts.label));
		}
		document.add(new Paragraph(text.t("fund.receipt.keep"), fonts.small));
		document.close();
		return out.toByteArray();
	}

	private static Paragraph heading(String words, Font font) {
		Paragraph heading = new Paragraph(words, font);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(6);
		return heading;
	}

	private static PdfPTable table(Map<String, String> rows, PdfFonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		rows.forEach((label, value) -> {
			table.addCell(new PdfPCell(new Phrase(label, fonts.label)));
			table.addCell(new PdfPCell(new Phrase(value, fonts.body)));
		});
		return table;
	}

}
