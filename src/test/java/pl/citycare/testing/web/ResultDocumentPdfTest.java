package pl.citycare.testing.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.citycare.testing.application.ResultDocuments.DocumentData;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.sample.TestType;
import pl.citycare.testing.domain.worker.PreferredLanguage;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The result document read as a person reads it: its text in both languages, and its QR code scanned. */
class ResultDocumentPdfTest {

    static final String VERIFY = "https://citycare.krakow.example/verify/";

    static DocumentData document(String token, TestResult result) {
        var worker = new WorkerDetails("SHEVCHENKO", "YULIIA", "Шевченко", "Юлія", LocalDate.of(1990, 5, 1), "UA",
                "FA123456", null, PreferredLanguage.UK, 1L, null);
        return new DocumentData("URN:UVCI:01:PL:KRK/TS/7QX0C2MD9A#K", token, Instant.parse("2026-11-26T10:00:00Z"), worker,
                TestType.RT_PCR, Instant.parse("2026-11-25T07:15:00Z"), Instant.parse("2026-11-26T09:00:00Z"), result,
                "Laboratorium Miejskie w Krakowie", "Punkt pobrań Kopernika");
    }

    /** The text of each page and the QR code read from each page rendered at 150 dpi (at 300 if that reads nothing). */
    static List<String[]> read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var pages = new java.util.ArrayList<String[]>();
            var renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                // A scanner that fails at one resolution is held closer: once in a CI run 150 dpi read nothing.
                String code = qr(renderer.renderImageWithDPI(i, 150));
                pages.add(new String[]{stripper.getText(document), code != null ? code : qr(renderer.renderImageWithDPI(i, 300))});
            }
            return pages;
        }
    }

    static String qr(BufferedImage image) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE),
                            com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Test
    void bothLanguagesTheResultTheIdentifierAndAQrCodeThatOpensTheCheck() throws IOException {
        byte[] pdf = ResultDocumentPdf.of(List.of(document("tokenA1", TestResult.NEGATIVE), document("tokenB2", TestResult.POSITIVE)), VERIFY);

        List<String[]> pages = read(pdf);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)[0]).contains("Zaświadczenie o wyniku testu w kierunku COVID-19")
                .contains("Довідка про результат тесту на COVID-19")
                .contains("SHEVCHENKO YULIIA (Шевченко Юлія)")
                .contains("ujemny / негативний").contains("SNOMED CT 260415000")
                .contains("LOINC 94500-6").contains("FA123456")
                .contains("URN:UVCI:01:PL:KRK/TS/7QX0C2MD9A#K")
                .contains("2026-11-25 08:15"); // the collection in Polish time
        assertThat(pages.get(0)[1]).isEqualTo(VERIFY + "tokenA1");
        assertThat(pages.get(1)[0]).contains("dodatni / позитивний");
        assertThat(pages.get(1)[1]).isEqualTo(VERIFY + "tokenB2");
    }
}
