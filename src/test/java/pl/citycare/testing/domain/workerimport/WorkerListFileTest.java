package pl.citycare.testing.domain.workerimport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Grid;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Employers' lists as Excel and people save them, and each way a file can be wrong. */
class WorkerListFileTest {

    @Test
    void utf8WithBomSemicolonsMixedLineEndingsAndQuotedCells() {
        String csv = "\uFEFFNazwisko;Imiona;Data urodzenia;Numer paszportu;Adres\r\n"
                + "SHEVCHENKO;TARAS;09.03.1994;FE 123456;\"ul. Długa 1; Kraków\"\n"
                + "\r\n"
                + "KOVAL;OLENA;1990-01-02;FE654321;\"Wieliczka,\nul. Solna 2\"\r";
        Grid grid = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(grid.header()).containsExactly("Nazwisko", "Imiona", "Data urodzenia", "Numer paszportu", "Adres");
        assertThat(grid.lines()).extracting(WorkerListFile.Line::number).containsExactly(2, 4);
        assertThat(grid.lines().get(0).cell(4)).isEqualTo("ul. Długa 1; Kraków");
        assertThat(grid.lines().get(1).cell(4)).isEqualTo("Wieliczka,\nul. Solna 2");
        assertThat(grid.notices()).isEmpty();
    }

    @Test
    void commasTabsAndExcelsSepLine() {
        assertThat(read("surname,given names,passport\nKOVAL,OLENA,FE654321\n".getBytes(StandardCharsets.UTF_8)).lines().get(0).cells())
                .containsExactly("KOVAL", "OLENA", "FE654321");
        assertThat(read("surname\tgiven names\nKOVAL\tOLENA\n".getBytes(StandardCharsets.UTF_8)).header())
                .containsExactly("surname", "given names");
        Grid sep = read("sep=,\r\nsurname;x,given names\nKOVAL;Y,OLENA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sep.header()).containsExactly("surname;x", "given names");
    }

    @Test
    void windows1250IsReadAndTheClerkIsTold() {
        byte[] bytes = "Nazwisko;Imiona;Adres\nKOWALCZUK;MYKOLA;Łódź, ul. Żółta 3\n".getBytes(Charset.forName("windows-1250"));
        Grid grid = read(bytes);
        assertThat(grid.lines().get(0).cell(2)).isEqualTo("Łódź, ul. Żółta 3");
        assertThat(grid.notices()).extracting(WorkerListFile.Notice::messageKey).containsExactly("testing.workerImport.notice.windows1250");
    }

    @Test
    void excelsUnicodeTextIsUtf16WithTabs() {
        byte[] bytes = "surname\tsurname cyrillic\nSHEVCHENKO\tШевченко\n".getBytes(StandardCharsets.UTF_16);
        assertThat(read(bytes).lines().get(0).cells()).containsExactly("SHEVCHENKO", "Шевченко");
    }

    @Test
    void eachWrongFileGetsItsOwnAnswer() {
        assertThat(problem(new byte[0])).isEqualTo("testing.workerImport.file.empty");
        assertThat(problem("\uFEFF\r\n;;\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("testing.workerImport.file.empty");
        assertThat(problem("Nazwisko;Imiona\n;\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("testing.workerImport.file.noRows");
        assertThat(problem(new byte[WorkerListFile.MAX_BYTES + 1])).isEqualTo("testing.workerImport.file.tooLarge");
        assertThat(problem(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).isEqualTo("testing.workerImport.file.oldExcel");
        assertThat(problem(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3})).isEqualTo("testing.workerImport.file.unreadable");
        assertThat(problem("a;b\n\"unclosed;x\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("testing.workerImport.file.unreadable");
        assertThat(problem(("a\n" + "x\n".repeat(WorkerListFile.MAX_ROWS + 1)).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("testing.workerImport.file.tooManyRows");
        assertThat(WorkerListFile.read(new byte[WorkerListFile.MAX_BYTES + 1], -1).problem().args()).containsExactly(10);
    }

    @Test
    void xlsxCellsAreReadAsTheClerkSawThem() throws IOException {
        byte[] bytes = workbook(book -> {
            Sheet sheet = book.createSheet("Lista");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nazwisko");
            header.createCell(1).setCellValue("Data urodzenia");
            header.createCell(2).setCellValue("Telefon");
            header.createCell(3).setCellValue("Suma");
            Row row = sheet.createRow(2); // an empty row 2 in between
            row.createCell(0).setCellValue("SHEVCHENKO");
            row.createCell(1).setCellValue(LocalDate.of(1994, 3, 9));
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(48501234567d);
            row.createCell(3).setCellFormula("1+1");
        });
        Grid grid = read(bytes);
        assertThat(grid.sheets()).containsExactly("Lista");
        assertThat(grid.lines()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(3);
            // The formula is never evaluated: its cached value is read, which POI (unlike Excel) left at 0, not 2.
            assertThat(line.cells()).containsExactly("SHEVCHENKO", "1994-03-09", "48501234567", "0");
        });
    }

    @Test
    void aWorkbookWithSeveralSheetsSaysSoAndReadsTheChosenOne() throws IOException {
        byte[] bytes = workbook(book -> {
            book.createSheet("Instrukcja");
            sheet(book, "Pracownicy", "KOVAL");
            sheet(book, "Zmiana 2", "BONDAR");
        });
        Reading first = WorkerListFile.read(bytes, -1);
        assertThat(first.grid().sheet()).isEqualTo(1);
        assertThat(first.grid().lines().get(0).cell(0)).isEqualTo("KOVAL");
        assertThat(first.grid().notices()).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("testing.workerImport.notice.sheets");
            assertThat(n.args()).containsExactly(3, "Pracownicy");
        });
        assertThat(WorkerListFile.read(bytes, 2).grid().lines().get(0).cell(0)).isEqualTo("BONDAR");
        assertThat(WorkerListFile.read(bytes, 0).problem().messageKey()).isEqualTo("testing.workerImport.file.emptySheet");
    }

    private static void sheet(XSSFWorkbook book, String name, String surname) {
        Sheet sheet = book.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue("Nazwisko");
        sheet.createRow(1).createCell(0).setCellValue(surname);
    }

    interface Filler {
        void fill(XSSFWorkbook book);
    }

    static byte[] workbook(Filler filler) throws IOException {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            filler.fill(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Grid read(byte[] bytes) {
        Reading reading = WorkerListFile.read(bytes, -1);
        assertThat(reading.problem()).as("problem").isNull();
        return reading.grid();
    }

    private static String problem(byte[] bytes) {
        Reading reading = WorkerListFile.read(bytes, -1);
        assertThat(reading.grid()).isNull();
        return reading.problem().messageKey();
    }

}
