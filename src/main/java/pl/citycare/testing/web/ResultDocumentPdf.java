package pl.citycare.testing.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.testing.application.ResultDocuments.DocumentData;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Zaświadczenie o wyniku testu as a PDF: one page per document, every line in Polish and Ukrainian (the
 * worker reads one, the employer or an inspector the other), whatever the clerk's language. Liberation Sans,
 * embedded, prints Polish and Cyrillic letters on any reader. The QR code (drawn as vector squares, error
 * correction M) opens the public check of the document; the identifier is printed beside it.
 */
public final class ResultDocumentPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TestSite.ZONE);
    private static final float QR_SIZE = 130;

    private ResultDocumentPdf() {
    }

    /** The documents, one to a page; {@code verifyBase} is the public address the QR codes point under. */
    public static byte[] of(List<DocumentData> documents, String verifyBase) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        ResourceBundle pl = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("pl"));
        ResourceBundle uk = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("uk"));
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 14);
            Font text = new Font(base, 10);
            Font small = new Font(base, 8);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Zaświadczenie o wyniku testu COVID-19 / Довідка про результат тесту на COVID-19");
            document.addCreator("CityCare");
            document.open();
            boolean first = true;
            for (DocumentData d : documents) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                page(document, writer, d, verifyBase, pl, uk, title, text, small);
            }
            if (documents.isEmpty()) {
                document.add(new Paragraph("Brak wyników. / Результатів немає.", text));
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void page(Document document, PdfWriter writer, DocumentData d, String verifyBase, ResourceBundle pl,
                             ResourceBundle uk, Font title, Font text, Font small) {
        document.add(new Paragraph("Gmina Miejska Kraków · Місто Краків", text));
        document.add(new Paragraph("Program testów COVID-19 dla pracowników sezonowych · Програма тестування сезонних працівників на COVID-19", small));
        var heading = new Paragraph("Zaświadczenie o wyniku testu w kierunku COVID-19\nДовідка про результат тесту на COVID-19", title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(14);
        document.add(heading);

        WorkerDetails w = d.worker();
        String cyrillic = java.util.stream.Stream.of(w.surnameCyrillic(), w.givenNamesCyrillic())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" "));
        var table = new PdfPTable(new float[]{2.2f, 3f});
        table.setWidthPercentage(100);
        row(table, "Imię i nazwisko", "Імʼя та прізвище", w.surname() + " " + w.givenNames() + (cyrillic.isEmpty() ? "" : " (" + cyrillic + ")"), text, small);
        row(table, "Data urodzenia", "Дата народження", String.valueOf(w.birthDate()), text, small);
        row(table, "Numer paszportu", "Номер паспорта", w.passport(), text, small);
        row(table, "Rodzaj testu", "Тип тесту", pl.getString("testing.testType." + d.testType()) + " / "
                + uk.getString("testing.testType." + d.testType()) + " (LOINC " + d.testType().loinc() + ")", text, small);
        row(table, "Pobranie próbki", "Взяття зразка", format(d.collectedAt()) + ", " + d.siteName(), text, small);
        row(table, "Wynik", "Результат", pl.getString("testing.result." + d.result()) + " / " + uk.getString("testing.result." + d.result())
                + d.result().snomed().map(code -> " (SNOMED CT " + code + ")").orElse(""), text, small);
        row(table, "Data wyniku", "Дата результату", format(d.resultAt()), text, small);
        row(table, "Laboratorium", "Лабораторія", d.lab(), text, small);
        row(table, "Identyfikator dokumentu", "Ідентифікатор документа", d.uvci(), text, small);
        row(table, "Wystawiono", "Видано", format(d.issuedAt()), text, small);
        document.add(table);

        var check = new Paragraph("Sprawdź ważność: zeskanuj kod QR. Strona pokaże tylko ważność, datę testu i wynik.\n"
                + "Перевірте дійсність: скануйте QR-код. Сторінка покаже лише дійсність, дату тесту та результат.", small);
        check.setSpacingBefore(16);
        document.add(check);
        document.add(new Paragraph(verifyBase + d.token(), small));
        drawQr(writer.getDirectContent(), verifyBase + d.token(), document.right() - QR_SIZE, document.bottom() + 40);
    }

    private static void row(PdfPTable table, String polish, String ukrainian, String value, Font text, Font small) {
        var label = new PdfPCell(new Phrase(polish + "\n" + ukrainian, small));
        label.setPadding(5);
        table.addCell(label);
        var cell = new PdfPCell(new Phrase(value, text));
        cell.setPadding(5);
        table.addCell(cell);
    }

    /** The QR code as black squares, {@link #QR_SIZE} points wide, lower-left corner at (x, y). */
    static void drawQr(PdfContentByte canvas, String content, float x, float y) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(255, 255, 255);
        canvas.rectangle(x, y, QR_SIZE, QR_SIZE);
        canvas.fill();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static String format(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }
}
