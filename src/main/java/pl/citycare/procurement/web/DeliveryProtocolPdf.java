package pl.citycare.procurement.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import pl.citycare.procurement.application.Deliveries.DeliveredLine;
import pl.citycare.procurement.application.Deliveries.LineProgress;
import pl.citycare.procurement.application.Deliveries.Protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Protokół odbioru as a PDF: an official document of the city, so in Polish whatever the clerk's
 * language. The font is the Liberation Sans that OpenPDF ships, embedded, so Polish letters print on any
 * reader without the fonts installed.
 */
public final class DeliveryProtocolPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private DeliveryProtocolPdf() {
    }

    public static byte[] of(Protocol p) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 15);
            Font text = new Font(base, 10);
            Font small = new Font(base, 8);
            PdfWriter.getInstance(document, out);
            document.addTitle("Protokół odbioru " + p.delivery().protocolNumber());
            document.addCreator("CityCare");
            document.open();
            document.add(new Paragraph("Gmina Miejska Kraków", text));
            var heading = new Paragraph("Protokół odbioru nr " + p.delivery().protocolNumber(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(12);
            document.add(heading);
            document.add(new Paragraph("Data odbioru: " + p.delivery().deliveredOn(), text));
            document.add(new Paragraph("Umowa: " + p.contractNumber() + " z dnia " + p.contractSignedOn(), text));
            document.add(new Paragraph("Przedmiot zamówienia: " + p.subject(), text));
            document.add(new Paragraph("Dostawca: " + p.supplierName() + ", NIP " + p.supplierNip(), text));
            document.add(new Paragraph("Odbierający: " + p.delivery().receivedBy(), text));

            var table = new PdfPTable(new float[]{0.6f, 4f, 1.6f, 1.6f, 1.6f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(14);
            table.setHeaderRows(1);
            for (String header : new String[]{"Lp.", "Przedmiot", "Odebrano teraz", "Odebrano łącznie", "Wg umowy"}) {
                table.addCell(cell(header, small));
            }
            for (DeliveredLine line : p.delivery().lines()) {
                LineProgress progress = p.progress().stream().filter(l -> l.lineNo() == line.lineNo()).findFirst().orElseThrow();
                table.addCell(cell(String.valueOf(line.lineNo()), text));
                table.addCell(cell(line.item(), text));
                table.addCell(cell(quantity(line.quantity()) + " " + progress.unit(), text));
                table.addCell(cell(quantity(progress.delivered()) + " " + progress.unit(), text));
                table.addCell(cell(quantity(progress.contracted()) + " " + progress.unit(), text));
            }
            document.add(table);

            var statement = new Paragraph("Dostawę przyjęto bez zastrzeżeń co do ilości. Protokół sporządzono w dwóch "
                    + "jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.", text);
            statement.setSpacingBefore(14);
            document.add(statement);
            var signatures = new PdfPTable(2);
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(40);
            signatures.addCell(signature("Za Zamawiającego", small));
            signatures.addCell(signature("Za Dostawcę", small));
            document.add(signatures);
            document.add(new Paragraph("Wprowadził(a) do CityCare: " + p.delivery().createdBy(), small));
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String value, Font font) {
        var cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell signature(String label, Font font) {
        var cell = new PdfPCell(new Phrase("......................................\n" + label, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static String quantity(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(POLISH);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
