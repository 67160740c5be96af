package pl.citycare.bench;

import java.sql.SQLException;
import java.util.List;

/**
 * One step of the generator: a set of tables written together, with the id ranges it reserves for its rows
 * (parents first). The rows a step writes are a function of the seed, the scale and the row's number, so a step
 * written again writes the same rows.
 */
abstract class Step {

    /** A table whose generated rows are those with {@code column} in a reserved range of {@code rangeOf}'s ids. */
    record Table(String table, String column, String sequence, String rangeOf, long reserve) {

        static Table withSequence(String table, String sequence, long reserve) {
            return new Table(table, "id", sequence, table, reserve);
        }

        /** A child table without ids of its own: its rows are those of its parent's generated rows. */
        static Table childOf(String table, String column, String parent) {
            return new Table(table, column, null, parent, 0);
        }
    }

    final String name;

    Step(String name) {
        this.name = name;
    }

    /** The rows the progress counts (the step's main table). */
    abstract long total();

    /** The tables, parents first; the ids each reserves. */
    abstract List<Table> tables();

    /** Writes rows {@code from..total()} (from is 0 except for a resumable step). */
    abstract void generate(Run run, long from) throws SQLException;

    /** Whether an interrupted run continues where it stopped instead of being removed and written again. */
    boolean resumable() {
        return false;
    }
}
