package pl.citycare.procurement.web;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Deliveries.DeliveredLine;
import pl.citycare.procurement.application.Deliveries.DeliveryView;
import pl.citycare.procurement.application.Deliveries.LineProgress;
import pl.citycare.procurement.application.Deliveries.Protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryProtocolPdfTest {

    @Test
    void theProtocolPrintsItsFactsWithPolishLettersAndTheQuantitiesToDate() throws Exception {
        var delivery = new DeliveryView(7, "PO/12/2021", LocalDate.of(2021, 4, 1), "Zofia Żółkiewska", "buyer",
                List.of(new DeliveredLine(1, "Półmaska filtrująca FFP2", new BigDecimal("60000"))));
        var protocol = new Protocol(delivery, "ZP/COVID/11/2020", LocalDate.of(2020, 10, 14), "Maski24 sp. z o.o.", "8820018262",
                "Maseczki FFP2, 120 000 szt.", List.of(new LineProgress(1, "Półmaska filtrująca FFP2", "szt.",
                new BigDecimal("120000"), new BigDecimal("90000"), new BigDecimal("30000"))));

        byte[] pdf = DeliveryProtocolPdf.of(protocol);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Protokół odbioru nr PO/12/2021").contains("Zofia Żółkiewska")
                .contains("Półmaska filtrująca FFP2").contains("ZP/COVID/11/2020").contains("8820018262");
        assertThat(text.replaceAll("[\\s\\u00a0\\u202f]", "")).contains("60000szt.").contains("90000szt.").contains("120000szt.");
    }
}
