package pl.citycare.bench;

import pl.citycare.testing.domain.worker.UkrainianLatin;
import pl.citycare.testing.domain.worker.WorkerSearchKeys;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Pracownicy sezonowi: workers registered evenly over the generated years (ids grow with time), most of them
 * Ukrainian with their names in Cyrillic and as their passports print them (the national transliteration).
 */
final class WorkersStep extends Step {

    /** The first workers are all registered on the first day, so that the first slots have workers to book. */
    static final int EARLY = 500;

    /** One worker as written (what the audit step needs again). */
    record Worker(long index, String surname, String givenNames, String surnameCyrillic, String givenNamesCyrillic,
                  LocalDate birthDate, String nationality, String passport, String phone, String language, long employer,
                  String accommodation, String personalKey, LocalDate registeredOn) {
    }

    private final Context context;
    final long count;
    private final long employers;
    private final long days;

    WorkersStep(Context context) {
        super("workers");
        this.context = context;
        this.count = context.scaled(200_000);
        this.employers = context.scaled(2_000);
        this.days = ChronoUnit.DAYS.between(Context.FIRST_DAY, context.lastDay);
    }

    @Override
    long total() {
        return count;
    }

    @Override
    List<Table> tables() {
        return List.of(Table.withSequence("ts_worker", "ts_worker_seq", count));
    }

    /** The day (from the first) worker {@code w} was registered. */
    long registeredDay(long w) {
        return w < Math.min(EARLY, count) ? 0 : w * days / count;
    }

    /** How many workers are registered by the given day. */
    long registeredBy(long day) {
        return Math.min(count, Math.max(Math.min(EARLY, count), (day + 1) * count / days));
    }

    Worker worker(long w) {
        SplittableRandom random = context.random("ts_worker", w);
        byte[] key = new byte[32];
        random.nextBytes(key);
        boolean woman = random.nextInt(100) < 40;
        int roll = random.nextInt(100);
        String nationality = roll < 74 ? "UA" : roll < 86 ? "PL" : roll < 93 ? "MD" : "GE";
        String surname;
        String given;
        String surnameCyrillic = null;
        String givenCyrillic = null;
        String language;
        String phone;
        switch (nationality) {
            case "UA" -> {
                surnameCyrillic = Names.pick(random, Names.UA_SURNAMES);
                givenCyrillic = Names.pick(random, woman ? Names.UA_WOMEN : Names.UA_MEN);
                surname = UkrainianLatin.of(surnameCyrillic).toUpperCase(Locale.ROOT);
                given = UkrainianLatin.of(givenCyrillic).toUpperCase(Locale.ROOT);
                if (random.nextInt(100) < 8) { // registered from a list that had the Latin names only
                    surnameCyrillic = null;
                    givenCyrillic = null;
                }
                language = random.nextInt(100) < 84 ? "UK" : "RU";
                phone = String.format(Locale.ROOT, "+380 %02d %03d %04d", 50 + random.nextInt(49), random.nextInt(1000), random.nextInt(10_000));
            }
            case "PL" -> {
                surname = Names.polishSurname(Names.pick(random, Names.PL_SURNAMES), woman);
                given = Names.pick(random, woman ? Names.PL_WOMEN : Names.PL_MEN);
                language = "PL";
                phone = String.format(Locale.ROOT, "+48 %03d %03d %03d", 500 + random.nextInt(300), random.nextInt(1000), random.nextInt(1000));
            }
            case "MD" -> {
                surname = Names.pick(random, Names.MD_SURNAMES).toUpperCase(Locale.ROOT);
                given = Names.pick(random, Names.MD_GIVEN).toUpperCase(Locale.ROOT);
                language = random.nextBoolean() ? "RU" : "EN";
                phone = String.format(Locale.ROOT, "+373 %02d %03d %03d", 60 + random.nextInt(20), random.nextInt(1000), random.nextInt(1000));
            }
            default -> {
                surname = Names.pick(random, Names.GE_SURNAMES).toUpperCase(Locale.ROOT);
                given = Names.pick(random, Names.GE_GIVEN).toUpperCase(Locale.ROOT);
                language = "EN";
                phone = String.format(Locale.ROOT, "+995 %03d %03d %03d", 500 + random.nextInt(100), random.nextInt(1000), random.nextInt(1000));
            }
        }
        LocalDate registered = Context.FIRST_DAY.plusDays(registeredDay(w));
        LocalDate born = registered.minusYears(18 + random.nextInt(45)).minusDays(random.nextInt(365));
        // Unique per worker: a bijection of the index onto 26 million letter-and-six-digit numbers.
        long n = (w * 7_654_321L + 12_345) % 26_000_000L;
        String prefix = switch (nationality) {
            case "UA" -> "G";
            case "PL" -> "E";
            case "MD" -> "B";
            default -> "K";
        };
        String passport = prefix + (char) ('A' + n / 1_000_000) + String.format(Locale.ROOT, "%06d", n % 1_000_000);
        long employer = (long) (employers * Math.pow(random.nextDouble(), 1.6));
        String accommodation = random.nextInt(100) < 70 ? "kwatera pracownicza, " + Names.address(random) : null;
        return new Worker(w, surname, given, surnameCyrillic, givenCyrillic, born, nationality, passport,
                random.nextInt(100) < 90 ? phone : null, language, employer, accommodation,
                Base64.getEncoder().encodeToString(key), registered);
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        Sink workers = run.sink("ts_worker", "id", "surname", "given_names", "surname_cyrillic", "given_names_cyrillic",
                "birth_date", "nationality", "passport", "phone", "language", "employer_id", "accommodation", "search_name",
                "personal_key", "version", "registered_on", "anonymised_on");
        long base = run.base("ts_worker");
        long employerBase = run.base("ts_employer");
        for (long w = from; w < count; w++) {
            Worker x = worker(w);
            workers.row(base + w, x.surname(), x.givenNames(), x.surnameCyrillic(), x.givenNamesCyrillic(), x.birthDate(),
                    x.nationality(), x.passport(), x.phone(), x.language(), employerBase + x.employer(), x.accommodation(),
                    WorkerSearchKeys.of(x.surname(), x.givenNames(), x.surnameCyrillic(), x.givenNamesCyrillic()),
                    x.personalKey(), 0, x.registeredOn(), null);
            run.rowDone();
        }
    }
}
