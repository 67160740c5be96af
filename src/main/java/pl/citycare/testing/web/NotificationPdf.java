package pl.citycare.testing.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import pl.citycare.testing.application.Notifications.NotificationView;
import pl.citycare.testing.domain.notification.Recipient;
import pl.citycare.testing.domain.site.TestSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Zgłoszenie dodatniego wyniku as a printable PDF, in Polish (it goes to a Polish employer or to the sanitary
 * station): who, which sample, the result date and the isolation period; for Sanepid also where the worker
 * stays and how to reach them.
 */
public final class NotificationPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TestSite.ZONE);

    private NotificationPdf() {
    }

    public static byte[] of(NotificationView n) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 14);
            Font text = new Font(base, 10);
            PdfWriter.getInstance(document, out);
            document.addTitle("Zgłoszenie dodatniego wyniku testu COVID-19");
            document.addCreator("CityCare");
            document.open();
            document.add(new Paragraph("Gmina Miejska Kraków · program testów COVID-19 dla pracowników sezonowych", text));
            document.add(new Paragraph(n.recipient() == Recipient.SANEPID
                    ? "Do: Państwowy Powiatowy Inspektor Sanitarny w Krakowie"
                    : "Do: " + n.employer().name() + ", " + n.employer().address() + " (" + n.employer().contactPerson() + ")", text));
            var heading = new Paragraph("Zgłoszenie dodatniego wyniku testu w kierunku COVID-19", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(14);
            document.add(heading);
            var w = n.worker();
            document.add(new Paragraph("Pracownik: " + w.surname() + " " + w.givenNames()
                    + (w.surnameCyrillic() == null ? "" : " (" + w.surnameCyrillic() + " " + (w.givenNamesCyrillic() == null ? "" : w.givenNamesCyrillic()) + ")"), text));
            document.add(new Paragraph("Data urodzenia: " + w.birthDate() + ", paszport: " + w.passport() + ", obywatelstwo: " + w.nationality(), text));
            document.add(new Paragraph("Pracodawca: " + n.employer().name() + ", NIP " + n.employer().nip(), text));
            if (n.recipient() == Recipient.SANEPID) {
                document.add(new Paragraph("Miejsce pobytu: " + (w.accommodation() == null ? "—" : w.accommodation())
                        + ", telefon: " + (w.phone() == null ? "—" : w.phone()), text));
            }
            document.add(new Paragraph("Próbka: " + n.barcode() + ", pobrana " + format(n.collectedAt()) + ", laboratorium: " + n.lab(), text));
            document.add(new Paragraph("Wynik: dodatni (SNOMED CT 260373001), z dnia " + format(n.resultAt()), text));
            var isolation = new Paragraph("Izolacja do dnia: " + n.isolationUntil() + " (włącznie).", title);
            isolation.setSpacingBefore(10);
            document.add(isolation);
            var footer = new Paragraph("Zgłoszenie nr " + n.id() + ", sporządzono " + format(n.createdAt()) + ".", text);
            footer.setSpacingBefore(20);
            document.add(footer);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String format(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }
}
