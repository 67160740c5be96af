package pl.citycare.procurement.web;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.procurement.application.Budget.FundView;
import pl.citycare.procurement.application.Budget.LineView;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.shared.domain.money.Money;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo programme's figures: the PDF and the XLSX show the same ones, and the total is the sum of the lines. */
class ProgrammeReportPdfTest {

    private static LineView line(BudgetCategory category, String planned, String committed, String invoiced, String paid) {
        return new LineView(1, 0, category, Money.pln(planned), Money.pln(committed),
                Money.pln(planned).minus(Money.pln(committed)), Money.pln(invoiced), Money.pln(paid));
    }

    private static final FundView FUND = new FundView(1, "Program zakupu sprzętu", Money.pln("6300000.00"), List.of(
            line(BudgetCategory.MEDICAL_APPARATUS, "3400000.00", "2705400.00", "2705400.00", "2705400.00"),
            line(BudgetCategory.MEDICAL_EQUIPMENT, "1300000.00", "130950.00", "130950.00", "56430.00"),
            line(BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT, "1600000.00", "1246320.00", "1082160.00", "1082160.00")),
            Money.pln("0.00"));

    @Test
    void theTotalIsTheSumOfTheLinesAndThePdfAndXlsxShowTheSameFigures() throws Exception {
        LineView total = FUND.total();
        assertThat(total.planned()).isEqualTo(Money.pln("6300000.00"));
        assertThat(total.committed()).isEqualTo(Money.pln("4082670.00"));
        assertThat(total.invoiced()).isEqualTo(Money.pln("3918510.00"));
        assertThat(total.paid()).isEqualTo(Money.pln("3843990.00"));
        assertThat(total.remaining()).isEqualTo(total.planned().minus(total.committed()));

        Table table = ProcurementReports.execution(FUND, key -> key.substring(key.lastIndexOf('.') + 1));
        byte[] pdf = ProgrammeReportPdf.of(table, "Sprawozdanie z realizacji programu", "Wygenerowano dziś", a -> a.toPlainString() + " zł",
                key -> "Zaangażowanie i płatności");
        var reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Sprawozdanie z realizacji programu").contains("4082670.00 zł").contains("3843990.00 zł")
                .contains("2217330.00 zł");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(table))))) {
            var totalRow = workbook.getSheetAt(0).getRow(4);
            assertThat(totalRow.getCell(0).getStringCellValue()).isEqualTo("total");
            assertThat(BigDecimal.valueOf(totalRow.getCell(2).getNumericCellValue())).isEqualByComparingTo("4082670.00");
            assertThat(BigDecimal.valueOf(totalRow.getCell(4).getNumericCellValue())).isEqualByComparingTo("3843990.00");
        }
    }
}
