package pl.citycare.bench;

import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.platform.crypto.GeneratorSealing;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wizyty w CPPP: clients of the centres (codes numbered on from each centre's and year's last, names and phones
 * sealed with the application's key) and their appointments. Each psychologist's appointments follow one another
 * at least one appointment's length apart, and at any time the psychologists of a centre see different clients,
 * so the quarter-hour rows ({@code hs_appointment_slot}) never collide.
 */
final class CentreStep extends Step {

    private static final int LONGEST = 90;

    private final Context context;
    final long appointments;
    final long clients;
    private final Context.WorkingTime time;

    CentreStep(Context context) {
        super("centre");
        this.context = context;
        this.appointments = context.scaled(100_000);
        this.clients = Math.max(1, appointments / 4);
        this.time = context.workingTime(Context.weekdays(), LocalTime.of(8, 0), 10 * 60);
    }

    @Override
    long total() {
        return appointments;
    }

    @Override
    List<Table> tables() {
        return List.of(Table.withSequence("hs_client", "hs_client_seq", clients),
                Table.childOf("hs_client_target_group", "client_id", "hs_client"),
                Table.withSequence("hs_appointment", "hs_appointment_seq", appointments),
                Table.childOf("hs_appointment_slot", "appointment_id", "hs_appointment"));
    }

    /** The centres (made when there are none) and enough psychologists at each (added when there are too few). */
    private List<String[]> psychologists() throws SQLException {
        Database db = context.db;
        if (db.number("SELECT COUNT(*) FROM hs_centre") == 0) {
            for (int i = 1; i <= 4; i++) {
                db.update("INSERT INTO hs_centre (code, name, address, district, phone, opening_hours, active, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, TRUE, 0)", "CPPP" + i, "Centrum Pierwszej Pomocy Psychologicznej nr " + i,
                        "ul. Przykładowa " + i + ", Kraków", District.values()[i * 4].name(), "+48 12 000 00 0" + i, "pon.–pt. 8:00–20:00");
            }
        }
        List<Object> centres = db.column("SELECT code FROM hs_centre ORDER BY code");
        long needed = (long) Math.ceil((double) appointments * (LONGEST + 15) / time.totalMinutes());
        long perCentre = Math.max(5, (needed + centres.size() - 1) / centres.size());
        var result = new ArrayList<String[]>();
        for (Object centre : centres) {
            for (int i = 1; db.number("SELECT COUNT(*) FROM hs_centre_psychologist WHERE centre_code = ?", centre) < perCentre; i++) {
                String username = centre.toString().toLowerCase(Locale.ROOT) + ".psy" + i;
                if (db.number("SELECT COUNT(*) FROM hs_centre_psychologist WHERE centre_code = ? AND username = ?", centre, username) == 0) {
                    db.update("INSERT INTO hs_centre_psychologist (centre_code, username) VALUES (?, ?)", centre, username);
                }
            }
            for (Object username : db.column("SELECT username FROM hs_centre_psychologist WHERE centre_code = ? ORDER BY username", centre)) {
                result.add(new String[]{centre.toString(), username.toString()});
            }
        }
        return result;
    }

    /** The application checks the key's fingerprint at start; a key it has not seen yet is registered as it would. */
    private void registerKey(GeneratorSealing sealing) throws SQLException {
        List<Object> registered = context.db.column("SELECT fingerprint FROM app_encryption_key WHERE key_id = ?", sealing.currentKeyId());
        if (registered.isEmpty()) {
            context.db.update("INSERT INTO app_encryption_key (key_id, fingerprint, registered_at, version) VALUES (?, ?, ?, 0)",
                    sealing.currentKeyId(), sealing.currentKeyFingerprint(), Instant.now().atOffset(ZoneOffset.UTC));
        } else if (!registered.get(0).equals(sealing.currentKeyFingerprint())) {
            throw new IllegalStateException("The database's encryption key '" + sealing.currentKeyId()
                    + "' is not the configured one: set CITYCARE_CRYPTO_KEYS to the key the application uses");
        }
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        List<String[]> psychologists = psychologists();
        if (context.sealing.isPresent()) {
            registerKey(context.sealing.get());
        }
        var centres = new ArrayList<String>();
        var perCentre = new HashMap<String, List<Integer>>();
        for (int p = 0; p < psychologists.size(); p++) {
            String centre = psychologists.get(p)[0];
            if (!centres.contains(centre)) {
                centres.add(centre);
            }
            perCentre.computeIfAbsent(centre, c -> new ArrayList<>()).add(p);
        }
        int centreCount = centres.size();
        long psychologistCount = psychologists.size();
        long perPsychologist = (appointments + psychologistCount - 1) / psychologistCount;
        long gap = time.totalMinutes() / perPsychologist;
        if (gap < LONGEST + 15) {
            throw new IllegalStateException("too few psychologists for " + appointments + " appointments");
        }
        Sink clientSink = run.sink("hs_client", "id", "code", "centre_code", "code_year", "code_number", "registered_on",
                "registered_by", "age_band", "district", "consent_given_on", "name_sealed", "phone_sealed", "last_contact_on",
                "version", "legal_hold_reason", "anonymised_on");
        Sink groupSink = run.sink("hs_client_target_group", "client_id", "target_group");
        Sink appointmentSink = run.sink("hs_appointment", "id", "client_id", "centre_code", "psychologist", "starts_at", "minutes",
                "status", "status_changed_at", "booked_by", "version");
        Sink slotSink = run.sink("hs_appointment_slot", "appointment_id", "psychologist", "client_id", "slot_start");
        long clientBase = run.base("hs_client");
        long appointmentBase = run.base("hs_appointment");

        // Clients: client c belongs to centre c % centres and is the (c / centres)-th of that centre.
        Map<String, Integer> lastNumber = new HashMap<>();
        for (String centre : centres) {
            for (int year = Context.FIRST_DAY.getYear() - 1; year <= context.lastDay.getYear(); year++) {
                lastNumber.put(centre + year, (int) context.db.number(
                        "SELECT MAX(code_number) FROM hs_client WHERE centre_code = ? AND code_year = ?", centre, year));
            }
        }
        long visits = Math.max(1, appointments / clients);
        for (long c = 0; c < clients; c++) {
            var random = context.random("hs_client", c);
            String centre = centres.get((int) (c % centreCount));
            long k = c / centreCount;
            long pc = perCentre.get(centre).size();
            long centreClients = (clients - (c % centreCount) + centreCount - 1) / centreCount;
            long firstVisit = k / pc;
            LocalDate registered = date(time.at(firstVisit * gap, 15)).minusDays(random.nextInt(14));
            LocalDate lastContact = date(time.at(Math.min(perPsychologist - 1, firstVisit + (visits - 1) * centreClients / pc) * gap, 15));
            if (lastContact.isBefore(registered)) {
                lastContact = registered;
            }
            int number = lastNumber.merge(centre + registered.getYear(), 1, Integer::sum);
            boolean named = random.nextInt(100) < 60;
            String name = named ? Names.pick(random, random.nextBoolean() ? Names.PL_WOMEN : Names.PL_MEN) + " "
                    + Names.pick(random, Names.PL_SURNAMES).charAt(0) + "." : null;
            String phone = random.nextInt(100) < 50 ? String.format(Locale.ROOT, "+48 %03d %03d %03d", 500 + random.nextInt(300),
                    random.nextInt(1000), random.nextInt(1000)) : null;
            String nameSealed = context.sealing.map(s -> s.seal(name, Client.NAME_PURPOSE)).orElse(null);
            String phoneSealed = context.sealing.map(s -> s.seal(phone, Client.PHONE_PURPOSE)).orElse(null);
            String psychologist = psychologists.get(perCentre.get(centre).get((int) (k % pc)))[1];
            clientSink.row(clientBase + c, Client.code(centre, registered.getYear(), number), centre, registered.getYear(), number,
                    registered, psychologist, AgeBand.values()[1 + random.nextInt(6)].name(),
                    random.nextInt(100) < 80 ? District.values()[random.nextInt(District.values().length)].name() : null,
                    registered, nameSealed, phoneSealed, lastContact, 0, null, null);
            var groups = EnumSet.of(TargetGroup.values()[random.nextInt(TargetGroup.values().length)]);
            if (random.nextInt(100) < 25) {
                groups.add(TargetGroup.values()[random.nextInt(TargetGroup.values().length)]);
            }
            for (TargetGroup group : groups) {
                groupSink.row(clientBase + c, group.name());
            }
        }

        Instant recent = context.lastDay.minusDays(7).atStartOfDay(Context.WARSAW).toInstant();
        String[] done = {"ATTENDED", "NO_SHOW", "CANCELLED_BY_CLIENT", "CANCELLED_BY_CENTRE", "LATE_CANCELLATION"};
        int[] doneWeights = {75, 7, 10, 5, 3};
        for (long a = 0; a < appointments; a++) {
            var random = context.random("hs_appointment", a);
            int p = (int) (a % psychologistCount);
            long n = a / psychologistCount;
            String centre = psychologists.get(p)[0];
            List<Integer> colleagues = perCentre.get(centre);
            long pc = colleagues.size();
            long centreIndex = centres.indexOf(centre);
            long centreClients = (clients - centreIndex + centreCount - 1) / centreCount;
            long k = (n * pc + colleagues.indexOf(p)) % centreClients;
            long client = clientBase + k * centreCount + centreIndex;
            Instant starts = time.at(n * gap, 15);
            int minutes = random.nextInt(100) < 50 ? 45 : random.nextInt(100) < 80 ? 60 : 90;
            String status;
            if (starts.isAfter(recent)) {
                status = random.nextBoolean() ? "PLANNED" : "CONFIRMED";
            } else {
                int roll = random.nextInt(100);
                int i = 0;
                while (roll >= doneWeights[i]) {
                    roll -= doneWeights[i++];
                }
                status = done[i];
            }
            Instant changed = switch (status) {
                case "ATTENDED" -> starts.plus(Duration.ofMinutes(minutes));
                case "NO_SHOW" -> starts.plus(Duration.ofMinutes(15));
                case "LATE_CANCELLATION" -> starts.minus(Duration.ofHours(2));
                case "CANCELLED_BY_CLIENT", "CANCELLED_BY_CENTRE" -> starts.minus(Duration.ofDays(1 + random.nextInt(3)));
                default -> starts.minus(Duration.ofDays(7));
            };
            String psychologist = psychologists.get(p)[1];
            appointmentSink.row(appointmentBase + a, client, centre, psychologist, starts, minutes, status, changed,
                    random.nextInt(100) < 70 ? psychologist : "coordinator", 0);
            if (List.of("PLANNED", "CONFIRMED", "ARRIVED", "ATTENDED").contains(status)) {
                for (int q = 0; q < minutes; q += 15) {
                    slotSink.row(appointmentBase + a, psychologist, client, starts.plus(Duration.ofMinutes(q)));
                }
            }
            run.rowDone();
        }
    }

    private static LocalDate date(Instant at) {
        return at.atZone(Context.WARSAW).toLocalDate();
    }
}
