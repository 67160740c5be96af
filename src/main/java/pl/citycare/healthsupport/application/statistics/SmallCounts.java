package pl.citycare.healthsupport.application.statistics;

/**
 * Ochrona małych liczebności: in anything that leaves the system, a count from 1 to 4 is shown as "<5",
 * so that a district or a month with one client does not point to a person. Zero stays zero.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "<5";

    private SmallCounts() {
    }

    public static String shown(long count) {
        return count > 0 && count < THRESHOLD ? SUPPRESSED : Long.toString(count);
    }
}
