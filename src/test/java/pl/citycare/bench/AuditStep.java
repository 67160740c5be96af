package pl.citycare.bench;

import pl.citycare.shared.audit.ChainLinks;
import pl.citycare.testing.domain.worker.PersonalFingerprint;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Ślad audytowy: events about the generated records, in time order over the generated years, appended to the
 * existing chain: each chunk locks {@code audit_chain_head} (as the application's writers do), links its events
 * to the head's hash, moves the head and commits, so the chain is whole after every chunk. Personal values
 * appear only as the worker's fingerprints ({@link PersonalFingerprint}), as the application writes them.
 * An interrupted run continues after its last chunk: the chain is never cut.
 */
final class AuditStep extends Step {

    private final Context context;
    private final WorkersStep workers;
    final long events;
    private final Context.WorkingTime time;
    private long seq;
    private String hash;
    private boolean locked;

    AuditStep(Context context, WorkersStep workers) {
        super("audit");
        this.context = context;
        this.workers = workers;
        this.events = context.scaled(2_000_000);
        this.time = context.workingTime(EnumSet.allOf(DayOfWeek.class), LocalTime.of(7, 0), 14 * 60);
    }

    @Override
    long total() {
        return events;
    }

    @Override
    List<Table> tables() {
        return List.of();
    }

    @Override
    boolean resumable() {
        return true;
    }

    private void lockHead() throws SQLException {
        List<Object> head = context.db.column("SELECT last_seq || ' ' || last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        String[] parts = ((String) head.get(0)).split(" ");
        seq = Long.parseLong(parts[0]);
        hash = parts[1];
        locked = true;
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        Sink sink = run.sink("audit_event", "seq", "occurred_at", "actor", "entity_type", "entity_id", "action", "changes", "reason",
                "prev_hash", "hash");
        run.onChunk(done -> {
            if (locked) {
                context.db.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
                locked = false;
            }
        });
        long samples = context.scaled(1_000_000);
        long calls = context.scaled(300_000);
        long appointments = context.scaled(100_000);
        long clients = Math.max(1, appointments / 4);
        long sampleBase = context.base("ts_sample");
        long slotBase = context.base("ts_slot");
        long bookingBase = context.base("ts_booking");
        long workerBase = context.base("ts_worker");
        long callBase = context.base("hs_hotline_call");
        long appointmentBase = context.base("hs_appointment");
        long clientBase = context.base("hs_client");
        long requestBase = context.base("pr_request");
        long contractBase = context.base("pr_contract");
        long contracts = context.db.number("SELECT COUNT(*) FROM pr_contract WHERE id >= ?", contractBase);
        for (long e = from; e < events; e++) {
            if (!locked) {
                lockHead();
            }
            SplittableRandom random = context.random("audit_event", e);
            double f = (double) e / events;
            Instant at = time.at(e * time.totalMinutes() / events, 1).plusSeconds(random.nextInt(60));
            int roll = random.nextInt(100);
            String actor;
            String type;
            long id;
            String action;
            String changes;
            if (roll < 30) {
                id = sampleBase + near(random, f, samples);
                int r = random.nextInt(1000);
                String result = r < 40 ? "POSITIVE" : r < 50 ? "INCONCLUSIVE" : "NEGATIVE";
                boolean api = random.nextInt(100) < 55;
                actor = api ? "lab-api" : "testing";
                type = "Sample";
                action = "UPDATE";
                changes = "{\"result\":{\"before\":\"PENDING\",\"after\":\"" + result + "\"},\"resultSource\":{\"before\":null,\"after\":\""
                        + (api ? "API" : "CSV") + "\"}}";
            } else if (roll < 50) {
                id = sampleBase + near(random, f, samples);
                actor = "testing";
                type = "Sample";
                action = "CREATE";
                changes = String.format(Locale.ROOT, "{\"barcode\":{\"before\":null,\"after\":\"GK%010d\"},\"result\":{\"before\":null,"
                        + "\"after\":\"PENDING\"},\"testType\":{\"before\":null,\"after\":\"%s\"}}", id, random.nextBoolean() ? "ANTIGEN" : "RT_PCR");
            } else if (roll < 65) {
                id = bookingBase + near(random, f, samples);
                actor = "testing";
                type = "Booking";
                action = "CREATE";
                changes = "{\"slot\":{\"before\":null,\"after\":" + (slotBase + near(random, f, samples / 14)) + "},\"status\":{\"before\":null,"
                        + "\"after\":\"BOOKED\"},\"worker\":{\"before\":null,\"after\":" + (workerBase + near(random, f, workers.count)) + "}}";
            } else if (roll < 75) {
                long w = near(random, f, workers.count);
                WorkersStep.Worker x = workers.worker(w);
                String key = x.personalKey();
                id = workerBase + w;
                actor = "testing";
                type = "Worker";
                if (roll < 72) {
                    action = "CREATE";
                    changes = "{\"givenNames\":{\"before\":null,\"after\":\"" + PersonalFingerprint.of(key, x.givenNames()) + "\"},"
                            + "\"nationality\":{\"before\":null,\"after\":\"" + x.nationality() + "\"},"
                            + "\"passport\":{\"before\":null,\"after\":\"" + PersonalFingerprint.of(key, x.passport()) + "\"},"
                            + "\"surname\":{\"before\":null,\"after\":\"" + PersonalFingerprint.of(key, x.surname()) + "\"}}";
                } else {
                    action = "UPDATE";
                    changes = "{\"phone\":{\"before\":\"" + PersonalFingerprint.of(key, "+48 600 " + random.nextInt(1_000_000))
                            + "\",\"after\":\"" + PersonalFingerprint.of(key, String.valueOf(x.phone())) + "\"}}";
                }
            } else if (roll < 87) {
                id = callBase + near(random, f, calls);
                actor = Names.pick(random, HotlineStep.PSYCHOLOGISTS);
                type = "HotlineCall";
                action = "CREATE";
                changes = "{\"contactType\":{\"before\":null,\"after\":\"COUNSELLING\"},\"outcome\":{\"before\":null,\"after\":\""
                        + (random.nextInt(100) < 80 ? "CONSULTATION_GIVEN" : "REFERRED_TO_CENTRE") + "\"},\"riskLevel\":{\"before\":null,"
                        + "\"after\":\"" + (random.nextInt(100) < 60 ? "NONE" : "LOW") + "\"}}";
            } else if (roll < 95) {
                id = appointmentBase + near(random, f, appointments);
                actor = random.nextBoolean() ? "coordinator" : "centre";
                type = "Appointment";
                boolean create = random.nextBoolean();
                action = create ? "CREATE" : "UPDATE";
                changes = create ? "{\"status\":{\"before\":null,\"after\":\"PLANNED\"}}"
                        : "{\"status\":{\"before\":\"PLANNED\",\"after\":\"ATTENDED\"}}";
            } else if (roll < 98) {
                id = clientBase + near(random, f, clients);
                actor = "centre";
                type = "Client";
                action = "UPDATE";
                changes = "{\"lastContactOn\":{\"before\":\"" + at.atZone(Context.WARSAW).toLocalDate().minusDays(7 + random.nextInt(60))
                        + "\",\"after\":\"" + at.atZone(Context.WARSAW).toLocalDate() + "\"}}";
            } else {
                boolean contract = random.nextBoolean() && contracts > 0;
                id = contract ? contractBase + near(random, f, contracts) : requestBase + near(random, f, Math.max(1, contracts));
                actor = contract ? "buyer" : random.nextBoolean() ? "buyer" : "approver";
                type = contract ? "Contract" : "ProcurementRequest";
                action = contract || actor.equals("buyer") ? "CREATE" : "UPDATE";
                changes = contract ? "{\"currentVersion\":{\"before\":null,\"after\":1}}"
                        : action.equals("CREATE") ? "{\"status\":{\"before\":null,\"after\":\"SUBMITTED\"}}"
                        : "{\"status\":{\"before\":\"SUBMITTED\",\"after\":\"APPROVED\"}}";
            }
            String reason = action.equals("UPDATE") && random.nextInt(100) < 3 ? "korekta błędu wprowadzania" : null;
            seq++;
            String next = ChainLinks.hash(seq, at, actor, type, Long.toString(id), action, changes, reason, hash);
            sink.row(seq, at, actor, type, Long.toString(id), action, changes, reason, hash, next);
            hash = next;
            run.rowDone();
        }
    }

    /** A row of {@code count} near the fraction f of them (ids grow with time), a little either way. */
    private static long near(SplittableRandom random, double f, long count) {
        long i = (long) (f * count) + random.nextInt(101) - 50;
        return Math.max(0, Math.min(count - 1, i));
    }
}
