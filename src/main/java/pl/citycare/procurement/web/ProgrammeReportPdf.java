package pl.citycare.procurement.web;

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
import pl.citycare.platform.export.Table;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The programme report as a PDF: the execution table (the same {@link Table} the XLSX holds, so the figures
 * agree to the grosz) and a bar per budget line of what is committed and paid against its plan.
 */
final class ProgrammeReportPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color COMMITTED = new Color(0x0b, 0x4f, 0x8a);
    private static final Color PAID = new Color(0x1b, 0x7f, 0x3b);
    private static final float BAR_WIDTH = 300f;

    private ProgrammeReportPdf() {
    }

    /** @param subtitle who asked for it and when, printed under the title */
    static byte[] of(Table execution, String title, String subtitle, Function<BigDecimal, String> money,
                     Function<String, String> text) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font heading = new Font(base, 15);
            Font body = new Font(base, 9);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("CityCare");
            document.open();
            document.add(new Paragraph(title, heading));
            document.add(new Paragraph(execution.title(), body));
            document.add(new Paragraph(subtitle, body));

            var table = new PdfPTable(execution.header().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            execution.header().forEach(h -> table.addCell(cell(h, body, Element.ALIGN_LEFT)));
            for (List<Object> row : execution.rows()) {
                for (Object value : row) {
                    table.addCell(value instanceof BigDecimal amount ? cell(money.apply(amount), body, Element.ALIGN_RIGHT)
                            : cell(String.valueOf(value), body, Element.ALIGN_LEFT));
                }
            }
            document.add(table);

            var legend = new Paragraph(text.apply("procurement.report.chartLegend"), body);
            legend.setSpacingBefore(14);
            document.add(legend);
            // One bar pair per line (not the total row): committed and paid as shares of the plan.
            PdfContentByte canvas = writer.getDirectContent();
            float y = writer.getVerticalPosition(true) - 24;
            for (List<Object> row : execution.rows().subList(0, execution.rows().size() - 1)) {
                BigDecimal planned = (BigDecimal) row.get(1);
                canvas.beginText();
                canvas.setFontAndSize(base, 9);
                canvas.showTextAligned(Element.ALIGN_LEFT, String.valueOf(row.get(0)), 40, y + 2, 0);
                canvas.endText();
                bar(canvas, 260, y + 6, share((BigDecimal) row.get(2), planned), COMMITTED);
                bar(canvas, 260, y - 4, share((BigDecimal) row.get(4), planned), PAID);
                canvas.setColorStroke(Color.GRAY);
                canvas.rectangle(260, y - 4, BAR_WIDTH, 18);
                canvas.stroke();
                y -= 30;
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static float share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0f : Math.min(1f, part.floatValue() / whole.floatValue());
    }

    private static void bar(PdfContentByte canvas, float x, float y, float share, Color color) {
        canvas.setColorFill(color);
        canvas.rectangle(x, y, BAR_WIDTH * share, 8);
        canvas.fill();
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
