package pl.citycare.bench;

import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.hotline.CallReason;
import pl.citycare.healthsupport.domain.hotline.EmergencyAction;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rozmowy na linii wsparcia: anonymous calls in the hotline's hours (Mon-Fri 8-20), with reasons for the
 * counselling ones, risk levels mostly low, and for imminent risk the emergency action the rule requires.
 */
final class HotlineStep extends Step {

    static final List<String> PSYCHOLOGISTS = List.of("hotline", "hotline02", "hotline03", "hotline04", "hotline05",
            "hotline06", "hotline07", "hotline08", "hotline09", "hotline10");

    private final Context context;
    final long calls;
    private final Context.WorkingTime time;

    HotlineStep(Context context) {
        super("hotline");
        this.context = context;
        this.calls = context.scaled(300_000);
        this.time = context.workingTime(Context.weekdays(), LocalTime.of(8, 0), 12 * 60);
    }

    @Override
    long total() {
        return calls;
    }

    @Override
    List<Table> tables() {
        return List.of(Table.withSequence("hs_hotline_call", "hs_hotline_call_seq", calls),
                Table.childOf("hs_hotline_call_reason", "call_id", "hs_hotline_call"));
    }

    private static <E> E weighted(SplittableRandom random, E[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        Sink callSink = run.sink("hs_hotline_call", "id", "started_at", "duration_minutes", "psychologist", "contact_type", "district",
                "age_band", "risk_level", "outcome", "emergency_action", "emergency_action_at", "summary", "caller_first_name",
                "caller_phone", "version", "caller_code");
        Sink reasonSink = run.sink("hs_hotline_call_reason", "call_id", "reason");
        long base = run.base("hs_hotline_call");
        String[] contacts = {"COUNSELLING", "INFORMATION_ONLY", "SILENT_CALL", "HANG_UP", "PRANK", "ABUSIVE", "WRONG_NUMBER", "ABOUT_SOMEONE_ELSE"};
        int[] contactWeights = {68, 10, 5, 5, 2, 1, 3, 6};
        String[] risks = {"NONE", "LOW", "MODERATE", "HIGH", "IMMINENT"};
        int[] riskWeights = {50, 28, 14, 6, 2};
        AgeBand[] ages = AgeBand.values();
        int[] ageWeights = {1, 6, 18, 28, 25, 12, 4, 6};
        CallReason[] reasons = CallReason.values();
        int[] reasonWeights = {30, 20, 18, 6, 12, 6, 4, 4, 8};
        District[] districts = District.values();
        for (long c = from; c < calls; c++) {
            SplittableRandom random = context.random("hs_hotline_call", c);
            Instant started = time.at(c * time.totalMinutes() / calls + random.nextInt(20), 1);
            String contact = weighted(random, contacts, contactWeights);
            boolean counselling = contact.equals("COUNSELLING") || contact.equals("ABOUT_SOMEONE_ELSE");
            String risk = counselling ? weighted(random, risks, riskWeights) : "NONE";
            int minutes = counselling ? 10 + random.nextInt(50) : random.nextInt(6);
            String outcome = !counselling ? "INFORMATION_ONLY" : risk.equals("IMMINENT") ? "REFERRED_TO_EMERGENCY"
                    : random.nextInt(100) < 80 ? "CONSULTATION_GIVEN" : "REFERRED_TO_CENTRE";
            String action = null;
            Instant actionAt = null;
            if (risk.equals("IMMINENT")) {
                action = EmergencyAction.values()[random.nextInt(EmergencyAction.values().length)].name();
                actionAt = started.plus(Duration.ofMinutes(1 + random.nextInt(Math.max(1, minutes))));
            }
            callSink.row(base + c, started, minutes, Names.pick(random, PSYCHOLOGISTS), contact,
                    random.nextInt(100) < 65 ? districts[random.nextInt(districts.length)].name() : null,
                    counselling ? weighted(random, ages, ageWeights).name() : "UNKNOWN", risk, outcome, action, actionAt,
                    null, null, null, 0, null);
            if (counselling) {
                var chosen = EnumSet.noneOf(CallReason.class);
                int n = 1 + (random.nextInt(100) < 30 ? 1 : 0) + (random.nextInt(100) < 8 ? 1 : 0);
                while (chosen.size() < n) {
                    chosen.add(weighted(random, reasons, reasonWeights));
                }
                if (risk.equals("IMMINENT") || risk.equals("HIGH")) {
                    chosen.add(CallReason.SUICIDAL_THOUGHTS);
                }
                for (CallReason reason : chosen) {
                    reasonSink.row(base + c, reason.name());
                }
            }
            run.rowDone();
        }
    }
}
