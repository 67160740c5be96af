package pl.citycare.platform.export;

import java.util.List;

/**
 * A titled table to export: a header and rows of cells, each a {@code String}, a number ({@code BigDecimal},
 * {@code Long}, {@code Integer}) or a {@code LocalDate}; {@code null} for an empty cell.
 */
public record Table(String title, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
