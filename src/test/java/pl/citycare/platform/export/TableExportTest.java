package pl.citycare.platform.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTest {

    private static final Table TABLE = new Table("Rejestr umów", List.of("Numer", "Przedmiot", "Brutto", "Data"), List.of(
            Arrays.asList("ZP/1/2021", "=HYPERLINK(\"http://x\")", new BigDecimal("1603800.00"), LocalDate.of(2021, 3, 1)),
            Arrays.asList("ZP/2/2021", "Rękawice \"nitrylowe\", 1 000 szt.", new BigDecimal("0.10"), null)));

    @Test
    void csvHasABomQuotesAsRfc4180AndNeverAFormula() {
        String csv = new String(TableExport.csv(List.of(TABLE)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNumer,Przedmiot,Brutto,Data\r\n");
        assertThat(csv).contains("ZP/1/2021,\"'=HYPERLINK(\"\"http://x\"\")\",1603800.00,2021-03-01\r\n");
        assertThat(csv).contains("ZP/2/2021,\"Rękawice \"\"nitrylowe\"\", 1 000 szt.\",0.10,\r\n");
        assertThat(TableExport.safe("-1")).isEqualTo("'-1");
        assertThat(TableExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableExport.safe("Szpital")).isEqualTo("Szpital");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndTextAsText() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(TABLE, TABLE))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Rejestr umów 2");
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1603800.00);
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 1));
        }
    }

    @Test
    void pdfPrintsItsProvenanceAndTheRowsWithPolishLetters() throws Exception {
        var provenance = new Provenance(java.util.Map.of("Dostawca", "Medica Sp. z o.o."), java.time.Instant.parse("2026-11-27T09:15:00Z"),
                "audytor", "1042:" + "ab".repeat(32));
        byte[] pdf = TablePdf.of("Rejestr umów", List.of(TABLE), provenance, key -> switch (key) {
            case "export.provenance.filters" -> "Filtry:";
            case "export.provenance.generated" -> "Wygenerowano";
            case "export.provenance.user" -> "przez";
            case "export.provenance.chainHead" -> "Głowa łańcucha:";
            default -> key;
        });
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Rejestr umów").contains("Filtry: Dostawca: Medica Sp. z o.o.")
                    .contains("Wygenerowano 2026-11-27 10:15:00 (Europe/Warsaw), przez audytor")
                    .contains("Głowa łańcucha: 1042:" + "ab".repeat(32))
                    .contains("ZP/1/2021").contains("1603800.00").contains("Rękawice \"nitrylowe\", 1 000 szt.").contains("0.10")
                    .contains("=HYPERLINK");
        }
    }
}
