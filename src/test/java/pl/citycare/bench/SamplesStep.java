package pl.citycare.bench;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Próbki: test sites, their slots (terminy) through the generated years, one booking per sample (the worker was
 * booked into the slot, as the domain requires: booked never above capacity, one active booking and at most one
 * pending sample per worker and slot), some cancelled bookings, and the samples with their laboratory results.
 */
final class SamplesStep extends Step {

    static final int CAPACITY = 20;
    private static final List<String> LABS = List.of("Laboratorium Diagnostyczne Kraków-Prokocim",
            "Medyczne Laboratorium Analityczne Nowa Huta", "Wojewódzka Stacja Sanitarno-Epidemiologiczna w Krakowie");
    private static final List<String> NURSES = List.of("Anna Nowak", "Ewa Mazur", "Joanna Krawczyk", "Olena Marchenko",
            "Barbara Wójcik", "Piotr Michalski");

    private final Context context;
    private final WorkersStep workers;
    final long samples;
    final long slots;
    final long sites;
    private final Context.WorkingTime time;

    SamplesStep(Context context, WorkersStep workers) {
        super("samples");
        this.context = context;
        this.workers = workers;
        this.samples = context.scaled(1_000_000);
        long needed = 0;
        long k = 0;
        while (needed < samples) {
            needed += booked(k++);
        }
        this.slots = k;
        this.sites = Math.max(3, context.scaled(120));
        this.time = context.workingTime(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(7, 0), 12 * 60);
    }

    /** Workers booked into slot k: 8 to 20, fourteen on average. */
    static int booked(long k) {
        return 8 + (int) (k * 5 % 13);
    }

    @Override
    long total() {
        return samples;
    }

    @Override
    List<Table> tables() {
        return List.of(Table.withSequence("ts_test_site", "ts_test_site_seq", sites),
                Table.withSequence("ts_slot", "ts_slot_seq", slots),
                Table.withSequence("ts_booking", "ts_booking_seq", samples + slots),
                Table.withSequence("ts_sample", "ts_sample_seq", samples));
    }

    /** When slot k starts: slots spread evenly over the opening hours of the generated years, ids in time order. */
    Instant slotStart(long k) {
        return time.at(k * time.totalMinutes() / slots, 5);
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        Sink siteSink = run.sink("ts_test_site", "id", "name", "kind", "address", "work_site_id", "opens_at", "closes_at",
                "open_days", "version");
        Sink slotSink = run.sink("ts_slot", "id", "site_id", "starts_at", "ends_at", "capacity", "booked", "version");
        Sink bookingSink = run.sink("ts_booking", "id", "slot_id", "worker_id", "status", "booked_at", "booked_by",
                "cancelled_at", "cancelled_by", "active", "version");
        Sink sampleSink = run.sink("ts_sample", "id", "barcode", "worker_id", "slot_id", "test_type", "collected_at",
                "collected_by", "lab", "result", "result_at", "result_source", "result_by", "open_marker", "version");
        long siteBase = run.base("ts_test_site");
        long slotBase = run.base("ts_slot");
        long bookingBase = run.base("ts_booking");
        long sampleBase = run.base("ts_sample");
        long workerBase = run.base("ts_worker");
        long workSiteBase = run.base("ts_work_site");
        long workSites = context.scaled(2_000);
        for (long s = 0; s < sites; s++) {
            var random = context.random("ts_test_site", s);
            boolean stationary = s % 4 == 0;
            siteSink.row(siteBase + s, stationary ? "Punkt pobrań nr " + (s + 1) : "Punkt mobilny nr " + (s + 1),
                    stationary ? "STATIONARY" : "MOBILE", stationary ? Names.address(random) : null,
                    stationary ? null : workSiteBase + (s * 7 % workSites), LocalTime.of(7, 0), LocalTime.of(19, 0), "1,2,3,4,5,6", 0);
        }
        Instant pendingFrom = context.lastDay.minusDays(2).atStartOfDay(Context.WARSAW).toInstant();
        long sample = 0;
        long booking = 0;
        for (long k = 0; k < slots && sample < samples; k++) {
            var random = context.random("ts_slot", k);
            Instant starts = slotStart(k);
            int booked = (int) Math.min(booked(k), samples - sample);
            slotSink.row(slotBase + k, siteBase + k % sites, starts, starts.plus(Duration.ofHours(1)), CAPACITY, booked, 0);
            long day = ChronoUnit.DAYS.between(Context.FIRST_DAY, starts.atZone(Context.WARSAW).toLocalDate());
            long candidates = workers.registeredBy(day);
            long offset = random.nextLong(candidates);
            Instant bookedAt = starts.minus(Duration.ofMinutes(60L * (20 + random.nextInt(220))));
            int lab = random.nextInt(LABS.size());
            boolean antigen = random.nextInt(100) < 60;
            int year = starts.atZone(Context.WARSAW).getYear();
            int positivePerMille = year <= 2022 ? 70 : year <= 2024 ? 35 : 20;
            for (int j = 0; j < booked; j++) {
                long worker = workerBase + (offset + j) % candidates;
                bookingSink.row(bookingBase + booking++, slotBase + k, worker, "BOOKED", bookedAt, "testing", null, null, 1, 0);
                Instant collected = starts.plus(Duration.ofMinutes(3L * j));
                String result;
                Instant resultAt = null;
                String source = null;
                String by = null;
                if (collected.isAfter(pendingFrom)) {
                    result = "PENDING";
                } else {
                    int roll = random.nextInt(1000);
                    result = roll < positivePerMille ? "POSITIVE" : roll < positivePerMille + 10 ? "INCONCLUSIVE"
                            : roll < positivePerMille + 15 ? "INVALID" : "NEGATIVE";
                    resultAt = collected.plus(antigen ? Duration.ofMinutes(15 + random.nextInt(30)) : Duration.ofMinutes(600 + random.nextInt(1800)));
                    int how = random.nextInt(100);
                    source = how < 55 ? "API" : how < 90 ? "CSV" : "HAND";
                    by = how < 55 ? "lab-api" : "testing";
                }
                sampleSink.row(sampleBase + sample, String.format(Locale.ROOT, "GK%010d", sampleBase + sample), worker, slotBase + k,
                        antigen ? "ANTIGEN" : "RT_PCR", collected, Names.pick(random, NURSES), LABS.get(lab), result, resultAt, source, by,
                        "PENDING".equals(result) ? 1 : null, 0);
                sample++;
                run.rowDone();
            }
            if (random.nextInt(100) < 15 && candidates > booked) { // someone booked and then cancelled
                long worker = workerBase + (offset + booked) % candidates;
                bookingSink.row(bookingBase + booking++, slotBase + k, worker, "CANCELLED", bookedAt.minus(Duration.ofDays(1)), "testing",
                        bookedAt, "testing", null, 0);
            }
        }
    }
}
