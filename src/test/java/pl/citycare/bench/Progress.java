package pl.citycare.bench;

import java.util.Locale;

/** One line per step every few seconds: rows done of the total, rows per second, time left. */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final String step;
    private final long total;
    private final long alreadyDone;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    Progress(String step, long total, long alreadyDone) {
        this.step = step;
        this.total = total;
        this.alreadyDone = alreadyDone;
    }

    void at(long done) {
        long now = System.nanoTime();
        if (now - lastPrint >= EVERY_NANOS) {
            lastPrint = now;
            print(done, now, false);
        }
    }

    /** Prints the last line and returns the step's seconds. */
    double finish(long done) {
        long now = System.nanoTime();
        print(done, now, true);
        return (now - start) / 1e9;
    }

    private void print(long done, long now, boolean last) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = (done - alreadyDone) / seconds;
        String tail = last ? String.format(Locale.ROOT, "done in %.1f s", seconds)
                : "ETA " + clock(rate > 0 ? (long) ((total - done) / rate) : -1);
        System.out.printf(Locale.ROOT, "[%-12s] %,11d / %,d rows  %,9.0f rows/s  %s%n", step, done, total, rate, tail);
    }

    private static String clock(long seconds) {
        return seconds < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
