package pl.citycare.platform.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tables as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Polish letters) and as XLSX (one sheet
 * per table, numbers as numbers). Text that a spreadsheet would take for a formula ({@code = + - @}, tab,
 * carriage return at the start) is written with a leading apostrophe, so no exported cell ever runs as one.
 */
public final class TableExport {

    private TableExport() {
    }

    public static byte[] csv(List<Table> tables) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (int t = 0; t < tables.size(); t++) {
                Table table = tables.get(t);
                if (tables.size() > 1) {
                    csv.printRecord(safe(table.title()));
                }
                csv.printRecord(table.header().stream().map(TableExport::safe).toList());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(TableExport::csvCell).toList());
                }
                if (t < tables.size() - 1) {
                    csv.println();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(List<Table> tables) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            List<String> names = new ArrayList<>();
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                int r = 0;
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.header().size(); c++) {
                    header.createCell(c).setCellValue(table.header().get(c));
                }
                for (List<Object> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        var cell = row.createCell(c);
                        if (value instanceof BigDecimal amount) {
                            cell.setCellValue(amount.doubleValue());
                            cell.setCellStyle(decimal);
                        } else if (value instanceof Long || value instanceof Integer) {
                            cell.setCellValue(((Number) value).doubleValue());
                        } else if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value != null) {
                            // A string cell is never a formula in XLSX; the apostrophe keeps it so if saved again as CSV.
                            cell.setCellValue(safe(value.toString()));
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.autoSizeColumn(c);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text a spreadsheet would read as a formula, made plain text with a leading apostrophe. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return safe(value.toString());
    }

    /** Excel's sheet names: at most 31 characters, none of {@code \ / ? * [ ] :}, unique in the workbook. */
    private static String sheetName(String title, List<String> taken) {
        String base = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        base = base.isEmpty() ? "Sheet" : base.substring(0, Math.min(base.length(), 28));
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
