package pl.citycare.healthsupport.web.statistics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import pl.citycare.healthsupport.application.statistics.HealthStatistics.YearStatistics;
import pl.citycare.healthsupport.application.statistics.SmallCounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The year's statistics as tables for a spreadsheet: CSV (RFC 4180, UTF-8 with a BOM so that Excel
 * reads Polish letters) and XLSX, one table per section. Every count from 1 to 4 is written "<5"
 * ({@link SmallCounts}); the texts are the translated labels, never typed input.
 */
public final class StatisticsExport {

    /** One section: a title, a header row and the rows, counts already suppressed. */
    record Table(String title, List<String> header, List<List<String>> rows) {
    }

    private StatisticsExport() {
    }

    /** @param text the translation of a message key */
    static List<Table> tables(YearStatistics s, Function<String, String> text) {
        var months = new ArrayList<String>();
        months.add(text.apply("health.stats.centre"));
        for (int m = 1; m <= 12; m++) {
            months.add(String.format(Locale.ROOT, "%d-%02d", s.year(), m));
        }
        months.add(text.apply("health.stats.total"));
        var intake = new ArrayList<List<String>>();
        s.intakeByCentre().forEach((centre, counts) -> {
            var row = new ArrayList<String>();
            row.add(centre);
            long total = 0;
            for (long c : counts) {
                row.add(SmallCounts.shown(c));
                total += c;
            }
            row.add(SmallCounts.shown(total));
            intake.add(row);
        });
        var groups = new ArrayList<List<String>>();
        s.intakeByTargetGroup().forEach((g, c) -> groups.add(List.of(text.apply("health.targetGroup." + g), SmallCounts.shown(c))));
        var districts = new ArrayList<List<String>>();
        s.intakeByDistrict().forEach((d, c) -> districts.add(List.of(d.label(), SmallCounts.shown(c))));
        var calls = new ArrayList<List<String>>();
        for (int m = 0; m < 12; m++) {
            calls.add(List.of(String.format(Locale.ROOT, "%d-%02d", s.year(), m + 1), SmallCounts.shown(s.callsByMonth()[m])));
        }
        var hours = new ArrayList<String>();
        hours.add(text.apply("health.stats.weekday"));
        for (int h = 0; h < 24; h++) {
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        var heat = new ArrayList<List<String>>();
        for (int d = 0; d < 7; d++) {
            var row = new ArrayList<String>();
            row.add(text.apply("health.stats.day." + (d + 1)));
            for (int h = 0; h < 24; h++) {
                row.add(SmallCounts.shown(s.callsByWeekdayHour()[d][h]));
            }
            heat.add(row);
        }
        String count = text.apply("health.stats.count");
        return List.of(
                new Table(text.apply("health.stats.intakeTitle"), months, intake),
                new Table(text.apply("health.stats.groupsTitle"), List.of(text.apply("health.client.targetGroups"), count), groups),
                new Table(text.apply("health.stats.districtsTitle"), List.of(text.apply("health.client.district"), count), districts),
                new Table(text.apply("health.stats.callsTitle"), List.of(text.apply("health.stats.month"), count), calls),
                new Table(text.apply("health.stats.heatTitle"), hours, heat),
                new Table(text.apply("health.stats.callbacksTitle"), List.of(text.apply("health.stats.averageMinutes"),
                        text.apply("health.stats.callbacksDue"), text.apply("health.stats.callbacksOnTime")),
                        List.of(List.of(String.format(Locale.ROOT, "%.1f", s.averageMinutes()),
                                SmallCounts.shown(s.callbacksDue()), SmallCounts.shown(s.callbacksOnTime())))));
    }

    public static byte[] csv(YearStatistics statistics, Function<String, String> text) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (Table table : tables(statistics, text)) {
                csv.printRecord(table.title());
                csv.printRecord(table.header());
                for (List<String> row : table.rows()) {
                    csv.printRecord(row);
                }
                csv.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(YearStatistics statistics, Function<String, String> text) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            int n = 1;
            for (Table table : tables(statistics, text)) {
                Sheet sheet = workbook.createSheet(n++ + " " + table.title().replaceAll("[\\\\/?*\\[\\]:]", " ")
                        .substring(0, Math.min(table.title().length(), 25)));
                int r = 0;
                write(sheet.createRow(r++), table.header());
                for (List<String> row : table.rows()) {
                    write(sheet.createRow(r++), row);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers as numbers, so that a spreadsheet can add them; "<5" and labels as text. */
    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value.matches("\\d{1,15}")) {
                row.createCell(c).setCellValue(Long.parseLong(value));
            } else {
                row.createCell(c).setCellValue(value);
            }
        }
    }
}
