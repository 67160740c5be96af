package pl.citycare.testing.domain.workerimport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An employer's list as rows of text, whatever it came as: CSV (UTF-8 with or without a BOM, or Windows-1250
 * as Polish Excel saves it, which the clerk is told, or UTF-16 as Excel's "Unicode text"; {@code ;}, {@code ,} or tab
 * between columns; Excel's
 * {@code sep=} line; any line endings) or XLSX (one sheet read at a time; date cells as ISO dates, numbers
 * without Excel's {@code .0}, a formula cell as the value Excel last showed, never evaluated).
 * <p>
 * Anything that cannot be read is a {@link Problem} with a message key, never an exception.
 */
public final class WorkerListFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 25_000;

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Why a file cannot be read: a message key and its arguments. */
    public record Problem(String messageKey, List<Object> args) implements Serializable {

        static Problem of(String key, Object... args) {
            return new Problem("testing.workerImport.file." + key, List.of(args));
        }
    }

    /** Something the clerk should know about a file that was read: a message key and its arguments. */
    public record Notice(String messageKey, List<Object> args) implements Serializable {
    }

    /** One line of the list: its number as the clerk sees it in the file (the header is 1) and its cells. */
    public record Line(int number, List<String> cells) implements Serializable {

        /** The cell of a column, stripped; empty for a column the line does not reach. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }

    /** The sheet read: its header cells, lines, the workbook's sheet names (empty for CSV) and what to tell the clerk. */
    public record Grid(List<String> header, List<Line> lines, List<String> sheets, int sheet, List<Notice> notices)
            implements Serializable {
    }

    /** Either the grid or the problem. */
    public record Reading(Grid grid, Problem problem) implements Serializable {

        static Reading of(Problem problem) {
            return new Reading(null, problem);
        }
    }

    private WorkerListFile() {
    }

    /**
     * @param sheet the XLSX sheet to read (0-based), or -1 for the first sheet that has anything in it
     */
    public static Reading read(byte[] bytes, int sheet) {
        if (bytes == null || bytes.length == 0) {
            return Reading.of(Problem.of("empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return Reading.of(Problem.of("tooLarge", MAX_BYTES / 1024 / 1024));
        }
        if (startsWith(bytes, OLE2)) {
            return Reading.of(Problem.of("oldExcel"));
        }
        return startsWith(bytes, ZIP) ? xlsx(bytes, sheet) : csv(bytes);
    }

    private static Reading csv(byte[] bytes) {
        var notices = new ArrayList<Notice>();
        String text;
        try {
            text = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))
                    ? decode(bytes, StandardCharsets.UTF_16) // Excel's "Unicode text"
                    : decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = decode(bytes, WINDOWS_1250);
                notices.add(new Notice("testing.workerImport.notice.windows1250", List.of()));
            } catch (CharacterCodingException e) {
                return Reading.of(Problem.of("encoding"));
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = ';';
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.strip().toLowerCase(Locale.ROOT).startsWith("sep=") && firstLine.strip().length() == 5) {
            delimiter = firstLine.strip().charAt(4);
            text = text.substring(firstLine.length()).replaceFirst("^\\r?\\n|^\\r", "");
        } else {
            delimiter = mostFrequent(firstLine);
        }
        var rows = new ArrayList<List<String>>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    return Reading.of(Problem.of("tooManyRows", MAX_ROWS));
                }
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Reading.of(Problem.of("unreadable"));
        }
        return grid(rows, List.of(), 0, notices);
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The separator the header line uses most: {@code ;} (Polish Excel), {@code ,} or tab. */
    private static char mostFrequent(String line) {
        char best = ';';
        long most = 0;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = line.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static Reading xlsx(byte[] bytes, int chosen) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var names = new ArrayList<String>();
            int firstFilled = -1;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                names.add(workbook.getSheetName(s));
                if (firstFilled < 0 && workbook.getSheetAt(s).getPhysicalNumberOfRows() > 0) {
                    firstFilled = s;
                }
            }
            int index = chosen >= 0 && chosen < names.size() ? chosen : Math.max(firstFilled, 0);
            Sheet sheet = workbook.getSheetAt(index);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return Reading.of(Problem.of("tooManyRows", MAX_ROWS));
            }
            var formatter = new DataFormatter(Locale.ROOT);
            var rows = new ArrayList<List<String>>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            var notices = new ArrayList<Notice>();
            if (names.size() > 1) {
                notices.add(new Notice("testing.workerImport.notice.sheets", List.of(names.size(), names.get(index))));
            }
            return grid(rows, List.copyOf(names), index, notices);
        } catch (EncryptedDocumentException e) {
            return Reading.of(Problem.of("encrypted"));
        } catch (OLE2NotOfficeXmlFileException e) {
            return Reading.of(Problem.of("oldExcel"));
        } catch (IOException | POIXMLException | IllegalArgumentException | IllegalStateException
                 | UnsupportedOperationException e) {
            return Reading.of(Problem.of("unreadable"));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
        };
    }

    /** The first non-empty line is the header; empty lines after it are left out; the file must have one line more. */
    private static Reading grid(List<List<String>> rows, List<String> sheets, int sheet, List<Notice> notices) {
        int header = 0;
        while (header < rows.size() && blank(rows.get(header))) {
            header++;
        }
        if (header >= rows.size()) {
            return Reading.of(Problem.of(sheets.size() > 1 ? "emptySheet" : "empty"));
        }
        var lines = new ArrayList<Line>();
        for (int r = header + 1; r < rows.size(); r++) {
            if (!blank(rows.get(r))) {
                lines.add(new Line(r + 1, List.copyOf(rows.get(r).stream().map(c -> c == null ? "" : c).toList())));
            }
        }
        if (lines.isEmpty()) {
            return Reading.of(Problem.of("noRows"));
        }
        List<String> headerCells = rows.get(header).stream().map(c -> c == null ? "" : c.strip()).toList();
        return new Reading(new Grid(headerCells, List.copyOf(lines), sheets, sheet, List.copyOf(notices)), null);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
