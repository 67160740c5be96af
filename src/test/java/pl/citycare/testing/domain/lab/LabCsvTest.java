package pl.citycare.testing.domain.lab;

import org.junit.jupiter.api.Test;
import pl.citycare.testing.domain.sample.TestResult;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab's CSV as labs send it, and each way a file can be wrong. */
class LabCsvTest {

    @Test
    void polishHeadersSemicolonsAndABomAreRead() {
        String csv = "\uFEFFKod kreskowy;Wynik;Czas wyniku;Paszport\r\n"
                + "krk-100001;ujemny;2026-11-26 09:30;FA123456\r\n"
                + "KRK-100002;260373001;2026-11-26T09:31:00+01:00;\n"
                + ";może;wczoraj;\n";
        LabCsv.Parsed parsed = LabCsv.read(csv.getBytes(StandardCharsets.UTF_8), "Lab");
        assertThat(parsed.problemKey()).isNull();
        assertThat(parsed.lines()).hasSize(3);
        assertThat(parsed.lines().get(0).received().barcode()).isEqualTo("KRK-100001");
        assertThat(parsed.lines().get(0).received().passport()).isEqualTo("FA123456");
        assertThat(parsed.lines().get(1).received().result()).isEqualTo(TestResult.POSITIVE);
        LabCsv.Line broken = parsed.lines().get(2);
        assertThat(broken.readable()).isFalse();
        assertThat(broken.row()).isEqualTo(4);
        assertThat(broken.problems()).extracting(LabReport.Problem::field).containsExactly("barcode", "result", "resultTime");
    }

    @Test
    void englishHeadersWithCommasAndQuotedCells() {
        String csv = "barcode,result,result time,name\n\"KRK-200001\",negative,2026-11-26T08:00:00Z,\"Shevchenko, Taras\"\n";
        LabCsv.Parsed parsed = LabCsv.read(csv.getBytes(StandardCharsets.UTF_8), "Lab");
        assertThat(parsed.lines()).singleElement().satisfies(l -> assertThat(l.received().name()).isEqualTo("Shevchenko, Taras"));
    }

    @Test
    void eachWrongFileGetsItsOwnAnswer() {
        assertThat(LabCsv.read(new byte[0], "Lab").problemKey()).isEqualTo("testing.labImport.rule.empty");
        assertThat(LabCsv.read("\uFEFF\n\n".getBytes(StandardCharsets.UTF_8), "Lab").problemKey()).isEqualTo("testing.labImport.rule.empty");
        assertThat(LabCsv.read("barcode;result;result time\n".getBytes(StandardCharsets.UTF_8), "Lab").problemKey())
                .isEqualTo("testing.labImport.rule.empty");
        assertThat(LabCsv.read("kod;wynik\nKRK-1;ujemny\n".getBytes(StandardCharsets.UTF_8), "Lab").problemKey())
                .isEqualTo("testing.labImport.rule.columns");
        byte[] windows1250 = "kod;wynik;czas wyniku\nKRK-1;ujemny;2026-11-26 09:30 łódź\n".getBytes(Charset.forName("windows-1250"));
        assertThat(LabCsv.read(windows1250, "Lab").problemKey()).isEqualTo("testing.labImport.rule.encoding");
        assertThat(LabCsv.read(new byte[LabCsv.MAX_BYTES + 1], "Lab").problemKey()).isEqualTo("testing.labImport.rule.tooLarge");
    }
}
