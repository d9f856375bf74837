package org.latch.partner.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PdfFonts;

/**
 * Writes agreements as PDF, byte for byte the same for the same content: the dates inside
 * are the agreement's own, the file identifier comes from its id, and the embedded font
 * subset is named without chance. The font is the Liberation Sans that OpenPDF ships,
 * which covers the Latin, Greek and Cyrillic alphabets.
 */
@Component
class AgreementPdf {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("[0-9a-f]{64}");

	private final MessageSource messages;

	AgreementPdf(MessageSource messages) {
		this.messages = messages;
	}

	/** The agreement as issued: the English text, then its translation when needed. */
	byte[] issued(AgreementContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 64);
		PdfFonts fonts = new PdfFonts('A');
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new Footer(fonts, content.agreementId().toString(), 0));
		document.addTitle(text(Language.ENGLISH).t("agreement.doc.title") + " — " + content.legalName());
		document.open();
		boolean first = true;
		for (Language language : languages(content.language())) {
			if (!first) {
				document.newPage();
				document.add(new Paragraph(text(language).t("agreement.doc.translation", language.nativeName()),
						fonts.small));
			}
			write(document, content, text(language), fonts);
			first = false;
		}
		identify(writer, content.issuedAt(), content.agreementId() + "/issued");
		document.close();
		return out.toByteArray();
	}

	/**
	 * The issued document's pages, unchanged, with a record page of both signatures
	 * appended.
	 */
	byte[] signedCopy(byte[] issued, AgreementContent content, SignatureRecord record) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		try {
			byte[] page = recordPage(content, record, new PdfReader(issued).getNumberOfPages());
			PdfCopy copy = new PdfCopy(document, out);
			document.addTitle(text(Language.ENGLISH).t("agreement.doc.title") + " — " + content.legalName());
			document.open();
			for (byte[] part : List.of(issued, page)) {
				PdfReader reader = new PdfReader(part);
				for (int i = 1; i <= reader.getNumberOfPages(); i++) {
					copy.addPage(copy.getImportedPage(reader, i));
				}
				copy.freeReader(reader);
				reader.close();
			}
			identify(copy, record.countersignedAt(), content.agreementId() + "/signed");
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private byte[] recordPage(AgreementContent content, SignatureRecord record, int pagesBefore) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 64);
		PdfFonts fonts = new PdfFonts('B');
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new Footer(fonts, content.agreementId().toString(), pagesBefore));
		document.open();
		List<Localizer> texts = languages(content.language()).stream().map(this::text).toList();
		document.add(heading(both(texts, "agreement.record.title"), fonts.title));
		for (Localizer text : texts) {
			document.add(new Paragraph(text.t("agreement.record.lead"), fonts.small));
		}
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(both(texts, "agreement.record.document"), record.documentSha256());
		rows.put(both(texts, "agreement.record.partner"),
				String.join("\n", record.signerName(), record.signerEmail(), TIME.format(record.signedAt()),
						record.signerAddress(), texts.getLast().t("agreement.record.consent", content.legalName())));
		rows.put(both(texts, "agreement.record.program"),
				String.join("\n", record.countersignerName(), TIME.format(record.countersignedAt()),
						record.countersignerAddress(), texts.getLast().t("agreement.record.program-consent")));
		rows.put(both(texts, "agreement.record.term"),
				TIME.format(record.startsAt()) + " — " + TIME.format(record.endsAt()));
		document.add(table(rows, fonts));
		identify(writer, record.countersignedAt(), content.agreementId() + "/record");
		document.close();
		return out.toByteArray();
	}

	private void write(Document document, AgreementContent content, Localizer text, PdfFonts fonts) {
		document.add(heading(text.t("agreement.doc.title"), fonts.title));
		document.add(new Paragraph(text.t("agreement.doc.intro", content.programAddress()), fonts.body));
		document.add(heading(text.t("agreement.doc.details"), fonts.heading));
		Map<String, String> rows = new LinkedHashMap<>();
		for (String row : AgreementTemplate.DETAILS) {
			rows.put(text.t("agreement.doc.field." + row), value(row, content, text));
		}
		document.add(table(rows, fonts));
		for (AgreementTemplate.Section section : AgreementTemplate.SECTIONS) {
			document.add(heading(text.t(section.title()), fonts.heading));
			document.add(new Paragraph(text.t(section.text()), fonts.body));
			if (!section.items().isEmpty()) {
				org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
				list.setListSymbol(new org.openpdf.text.Chunk("•  ", fonts.body));
				section.items().forEach(item -> list.add(new ListItem(text.t(item), fonts.body)));
				document.add(list);
			}
			if (section.title().equals("agreement.doc.term.title") && content.renews() != null) {
				document.add(
						new Paragraph(text.t("agreement.doc.term.renewal", TIME.format(content.renews())), fonts.body));
			}
		}
	}

	private static String value(String row, AgreementContent content, Localizer text) {
		Locale reader = text.locale();
		return switch (row) {
			case "legal-name" -> content.legalName();
			case "country" -> Locale.of("", content.country()).getDisplayCountry(reader);
			case "region" -> content.region();
			case "level" -> text.t("partner.level." + content.level().name());
			case "registration" -> content.registrationNumber();
			case "languages" -> Language.nativeNamesOf(content.languages());
			case "signatory" -> content.signatoryName() + ", " + content.signatoryEmail();
			case "code" -> (content.codeAttestedAt() == null) ? text.t("agreement.doc.code-by-signing")
					: TIME.format(content.codeAttestedAt());
			case "number" ->
				text.t("agreement.doc.number", content.agreementId().toString(), content.term(), content.revision());
			case "template" -> content.templateVersion();
			case "issued" -> TIME.format(content.issuedAt());
			default -> throw new IllegalArgumentException(row);
		};
	}

	private static Paragraph heading(String words, Font font) {
		Paragraph heading = new Paragraph(words, font);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(4);
		return heading;
	}

	private static PdfPTable table(Map<String, String> rows, PdfFonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		rows.forEach((label, value) -> {
			table.addCell(cell(label, fonts.label));
			// a fingerprint in small type stays on one line
			table.addCell(cell(value, FINGERPRINT.matcher(value).matches() ? fonts.small : fonts.body));
		});
		return table;
	}

	private static PdfPCell cell(String words, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(words, font));
		cell.setPadding(4);
		cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
		return cell;
	}

	/** Dates and file identifier from the agreement, not from the clock or chance. */
	private static void identify(PdfWriter writer, Instant at, String identity) {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
		calendar.setTimeInMillis(at.toEpochMilli());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
		String id = AgreementDocument.sha256(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.substring(0, 32);
		PdfArray fileId = new PdfArray();
		PdfString part = new PdfString(java.util.HexFormat.of().parseHex(id));
		part.setHexWriting(true);
		fileId.add(part);
		fileId.add(part);
		writer.getInfo().put(PdfName.FILEID, fileId);
	}

	private static String both(List<Localizer> texts, String key) {
		return String.join(" / ", texts.stream().map(text -> text.t(key)).distinct().toList());
	}

	private Localizer text(Language language) {
		return new Localizer(this.messages, language.locale());
	}

	private static List<Language> languages(Language language) {
		return (language == Language.ENGLISH) ? List.of(Language.ENGLISH) : List.of(Language.ENGLISH, language);
	}

	/**
	 * The agreement's number and the page number at the foot of every page; a record page
	 * counts on from the pages before it.
	 */
	private static final class Footer extends PdfPageEventHelper {

		private final PdfFonts fonts;

		private final String number;

		private final int pagesBefore;

		Footer(PdfFonts fonts, String number, int pagesBefore) {
			this.fonts = fonts;
			this.number = number;
			this.pagesBefore = pagesBefore;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(this.number + " · " + (this.pagesBefore + writer.getPageNumber()), this.fonts.small),
					(document.left() + document.right()) / 2, document.bottom() - 24, 0);
		}

	}

}
