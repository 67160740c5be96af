package pl.citycare.platform.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.math.RoundingMode;

/**
 * Any list as a PDF an auditor can file: landscape A4, the tables as {@link TableExport} has them (amounts
 * right-aligned with two decimals, text as it is: a PDF runs no formulas), and under the title the list's
 * {@link Provenance}, in the reader's language, on the first page.
 */
public final class TablePdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf"; // OpenPDF's, with Polish letters
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Warsaw"));

    private TablePdf() {
    }

    /** @param text the reader's bundle, for the provenance labels ({@code export.provenance.*}) */
    public static byte[] of(String title, List<Table> tables, Provenance provenance, Function<String, String> text) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font heading = new Font(base, 14);
            Font small = new Font(base, 8);
            Font body = new Font(base, 8);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("CityCare");
            document.open();
            document.add(new Paragraph(title, heading));
            String filters = provenance.filters().isEmpty() ? text.apply("export.provenance.noFilters")
                    : provenance.filters().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
            document.add(new Paragraph(text.apply("export.provenance.filters") + " " + filters, small));
            document.add(new Paragraph(text.apply("export.provenance.generated") + " " + TIME.format(provenance.generatedAt())
                    + " (Europe/Warsaw), " + text.apply("export.provenance.user") + " " + provenance.user(), small));
            document.add(new Paragraph(text.apply("export.provenance.chainHead") + " " + provenance.chainHead(), small));
            for (Table table : tables) {
                if (tables.size() > 1) {
                    var subtitle = new Paragraph(table.title(), heading);
                    subtitle.setSpacingBefore(10);
                    document.add(subtitle);
                }
                var pdfTable = new PdfPTable(table.header().size());
                pdfTable.setWidthPercentage(100);
                pdfTable.setSpacingBefore(8);
                pdfTable.setHeaderRows(1);
                table.header().forEach(h -> pdfTable.addCell(cell(h, body, Element.ALIGN_LEFT)));
                for (List<Object> row : table.rows()) {
                    for (Object value : row) {
                        pdfTable.addCell(value instanceof BigDecimal amount
                                ? cell(amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), body, Element.ALIGN_RIGHT)
                                : cell(value == null ? "" : value.toString(), body, Element.ALIGN_LEFT));
                    }
                }
                document.add(pdfTable);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("The list could not be laid out as a PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }
}
