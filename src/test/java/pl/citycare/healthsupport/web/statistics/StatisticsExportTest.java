package pl.citycare.healthsupport.web.statistics;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.statistics.HealthStatistics.YearStatistics;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.TargetGroup;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsExportTest {

    static YearStatistics sample() {
        long[] cppp1 = new long[12];
        cppp1[0] = 3;
        cppp1[1] = 7;
        var byCentre = new TreeMap<String, long[]>(Map.of("CPPP1", cppp1));
        long[][] heat = new long[7][24];
        heat[0][9] = 12;
        heat[6][23] = 1;
        return new YearStatistics(2026, byCentre, Map.of(TargetGroup.ADDICTION, 2L, TargetGroup.DOMESTIC_VIOLENCE, 8L),
                Map.of(District.PODGORZE, 4L), new long[]{5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13}, heat, 42.5, 6, 4);
    }

    @Test
    void theCsvHasABomAndShowsEveryCountFromOneToFourAsLessThanFive() {
        String csv = new String(StatisticsExport.csv(sample(), key -> key), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv).contains("CPPP1,<5,7,0,0,0,0,0,0,0,0,0,0,10");
        assertThat(csv).contains("health.targetGroup.ADDICTION,<5").contains("health.targetGroup.DOMESTIC_VIOLENCE,8");
        assertThat(csv).contains("XIII Podgórze,<5").contains("2026-12,13").contains("42.5,6,<5");
        assertThat(csv).doesNotContain(",3,").doesNotContain(",1,").doesNotContain(",2\r").doesNotContain(",4\r");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void theXlsxKeepsNumbersAsNumbersAndSuppressedCountsAsText() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(StatisticsExport.xlsx(sample(), key -> key)))) {
            var intake = workbook.getSheetAt(0);
            var row = intake.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("CPPP1");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
        }
    }
}
