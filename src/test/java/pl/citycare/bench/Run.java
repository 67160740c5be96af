package pl.citycare.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A step being written: its sinks in foreign-key order, committed every chunk of main rows together with the
 * step's progress in {@code bench_generated}, so a chunk is either all in the database or not at all.
 */
final class Run {

    interface ChunkHook {
        void beforeCommit(long done) throws SQLException;
    }

    final Context context;
    final Step step;
    private final List<Sink> sinks = new ArrayList<>();
    private final Progress progress;
    private final int chunk;
    private ChunkHook hook = done -> { };
    private long done;

    Run(Context context, Step step, long from) {
        this.context = context;
        this.step = step;
        this.done = from;
        this.progress = new Progress(step.name, step.total(), from);
        this.chunk = context.db.postgres ? 50_000 : 20_000;
    }

    /** Sinks are flushed in the order they are opened: open parents first. */
    Sink sink(String table, String... columns) throws SQLException {
        Sink sink = context.db.sink(table, columns);
        sinks.add(sink);
        return sink;
    }

    void onChunk(ChunkHook hook) {
        this.hook = hook;
    }

    long base(String table) {
        return context.base(table);
    }

    /** One more main row written. */
    void rowDone() throws SQLException {
        done++;
        if (done % chunk == 0) {
            commit();
        }
        progress.at(done);
    }

    void commit() throws SQLException {
        for (Sink sink : sinks) {
            sink.flush();
        }
        hook.beforeCommit(done);
        context.db.update("UPDATE bench_generated SET rows_done = ? WHERE step = ?", done, step.name);
        context.db.connection.commit();
    }

    /** Commits the rest and returns the seconds the step took. */
    double finish() throws SQLException {
        commit();
        return progress.finish(done);
    }

    long done() {
        return done;
    }
}
