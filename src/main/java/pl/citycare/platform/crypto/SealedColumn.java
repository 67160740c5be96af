package pl.citycare.platform.crypto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A database column that holds {@link FieldCipher} sealed values, so that a key rotation can find and
 * seal them again. Each context lists its own as a CDI bean implementing {@link Contribution}.
 *
 * @param purpose the associated data the column's values are sealed with
 */
public record SealedColumn(String table, String idColumn, String column, String purpose) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public SealedColumn {
        // The names go into SQL text: only plain lower-case identifiers are accepted.
        for (String name : List.of(table, idColumn, column)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
    }

    /** A context's sealed columns. */
    public interface Contribution {
        List<SealedColumn> sealedColumns();
    }
}
