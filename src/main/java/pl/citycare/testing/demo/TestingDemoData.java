package pl.citycare.testing.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import pl.citycare.platform.demo.DemoDataSet;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.employer.EmployerDetails;
import pl.citycare.testing.domain.employer.WorkSite;
import pl.citycare.testing.domain.notification.Notification;
import pl.citycare.testing.domain.notification.Recipient;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.sample.TestType;
import pl.citycare.testing.domain.site.SiteDetails;
import pl.citycare.testing.domain.site.SiteKind;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.testing.domain.slot.Booking;
import pl.citycare.testing.domain.slot.Slot;
import pl.citycare.testing.domain.worker.PreferredLanguage;
import pl.citycare.testing.domain.worker.UkrainianLatin;
import pl.citycare.testing.domain.worker.Worker;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A season of the testing programme: fictional farms and plants around Kraków (made-up names; NIP and
 * REGON carry valid check digits but belong to no one known) with their work sites, and a few hundred
 * workers with Ukrainian names in Cyrillic and, as their passports print them, in the national
 * transliteration. Generated from a fixed seed, so every demo start shows the same people.
 */
@ApplicationScoped
public class TestingDemoData implements DemoDataSet {

    static final int WORKERS_PER_EMPLOYER = 60;
    static final int SLOT_CAPACITY = 20;
    static final String STATIONARY_SITE = "Punkt pobrań Kopernika (przykład)";
    static final String MOBILE_SITE = "Zespół mobilny Niepołomice (przykład)";

    record DemoEmployer(EmployerDetails details, List<String[]> sites) {
    }

    static final List<DemoEmployer> EMPLOYERS = List.of(
            new DemoEmployer(new EmployerDetails("Gospodarstwo Sadownicze Wieliczka (przykład)", "6260181591", "423194873",
                    "ul. Sadowa 4, 32-020 Wieliczka", "Janina Sadowska", "+48 12 555 01 01", "sad.wieliczka@example.pl"),
                    List.<String[]>of(new String[]{"Sad jabłoniowy Grabówki", "Grabówki 12, 32-020 Wieliczka"},
                            new String[]{"Chłodnia Wieliczka", "ul. Chłodnicza 1, 32-020 Wieliczka"})),
            new DemoEmployer(new EmployerDetails("Szklarnie Niepołomice sp. z o.o. (przykład)", "1830166138", "674911863",
                    "ul. Szklarniowa 8, 32-005 Niepołomice", "Piotr Ogrodnik", "+48 12 555 02 02", "biuro@szklarnie.example.pl"),
                    List.<String[]>of(new String[]{"Szklarnia pomidorów", "ul. Szklarniowa 8, 32-005 Niepołomice"})),
            new DemoEmployer(new EmployerDetails("Plantacje Truskawek Proszowice (przykład)", "2860913907", "352760184",
                    "ul. Polna 21, 32-100 Proszowice", "Maria Truskawska", "+48 12 555 03 03", null),
                    List.<String[]>of(new String[]{"Plantacja Koczanów", "Koczanów 3, 32-100 Proszowice"},
                            new String[]{"Plantacja Klimontów", "Klimontów 15, 32-100 Proszowice"})),
            new DemoEmployer(new EmployerDetails("Przetwórnia Owoców Skawina S.A. (przykład)", "7030824620", "655979710",
                    "ul. Przemysłowa 30, 32-050 Skawina", "Tomasz Konserwa", "+48 12 555 04 04", "kadry@przetwornia.example.pl"),
                    List.<String[]>of(new String[]{"Zakład produkcyjny", "ul. Przemysłowa 30, 32-050 Skawina"})),
            new DemoEmployer(new EmployerDetails("Gospodarstwo Warzywne Igołomia (przykład)", "9194821999", "247104975",
                    "Igołomia 44, 32-126 Igołomia", "Stanisław Warzywny", "+48 12 555 05 05", null),
                    List.<String[]>of(new String[]{"Pola kapusty", "Igołomia 44, 32-126 Igołomia"})));

    static final List<String> SURNAMES = List.of("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко",
            "Олійник", "Шевчук", "Поліщук", "Бойко", "Ткачук", "Мельник", "Савченко", "Руденко", "Марченко", "Лисенко",
            "Мороз", "Петренко", "Кузьменко", "Павленко", "Гончаренко", "Клименко", "Зграя", "Ющенко", "Яковенко",
            "Юрченко", "Гнатюк", "Кравчук", "Дячук", "Лук'яненко", "Мартинюк", "Романюк", "Климчук", "Остапчук",
            "Семенюк", "Козак", "Швець", "Гуменюк", "Стасюк", "Їжак", "Єременко", "Зінченко", "Щербак");
    static final List<String> MEN = List.of("Тарас", "Олександр", "Андрій", "Василь", "Юрій", "Сергій", "Дмитро",
            "Микола", "Іван", "Богдан", "Олексій", "Євген", "Ярослав", "Віталій", "Петро");
    static final List<String> WOMEN = List.of("Юлія", "Олена", "Наталія", "Оксана", "Ірина", "Тетяна", "Світлана",
            "Ганна", "Марія", "Катерина", "Людмила", "Ольга", "Яна", "Вікторія", "Любов");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Override
    public int order() {
        return TESTING;
    }

    @Override
    public String name() {
        return "testing";
    }

    @Override
    @Transactional
    public void load() {
        var random = new Random(2021);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        int serial = 0;
        for (DemoEmployer demo : EMPLOYERS) {
            if (!em.createQuery("SELECT e.id FROM Employer e WHERE e.nip = :nip", Long.class)
                    .setParameter("nip", demo.details().nip()).getResultList().isEmpty()) {
                serial += WORKERS_PER_EMPLOYER;
                continue;
            }
            Employer employer = Employer.register(demo.details());
            em.persist(employer);
            demo.sites().forEach(site -> em.persist(employer.addSite(site[0], site[1])));
            em.flush();
            for (int i = 0; i < WORKERS_PER_EMPLOYER; i++) {
                em.persist(Worker.register(worker(random, ++serial, employer.getId(), today), employer, today));
            }
        }
        em.flush();
        loadSites(today);
    }

    /**
     * Two test sites, a stationary one in Kraków and a mobile team at the greenhouses in Niepołomice, with
     * half-hour slots for twenty workers from two weeks ago to two weeks ahead; the first two employers' workers
     * are booked into the coming days.
     */
    private void loadSites(LocalDate today) {
        if (!em.createQuery("SELECT s.id FROM TestSite s WHERE s.name = :name", Long.class)
                .setParameter("name", STATIONARY_SITE).getResultList().isEmpty()) {
            return;
        }
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        TestSite stationary = TestSite.register(new SiteDetails(STATIONARY_SITE, SiteKind.STATIONARY,
                "ul. Kopernika 19, 31-501 Kraków", null, LocalTime.of(8, 0), LocalTime.of(14, 0), weekdays), null);
        WorkSite greenhouse = em.createQuery("SELECT w FROM WorkSite w WHERE w.employer.nip = :nip", WorkSite.class)
                .setParameter("nip", EMPLOYERS.get(1).details().nip()).getResultList().get(0);
        TestSite mobile = TestSite.register(new SiteDetails(MOBILE_SITE, SiteKind.MOBILE, null, greenhouse.getId(),
                LocalTime.of(7, 0), LocalTime.of(10, 0), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)), greenhouse);
        em.persist(stationary);
        em.persist(mobile);
        for (TestSite site : List.of(stationary, mobile)) {
            site.plan(today.minusDays(14), today.plusDays(14), 30).forEach(planned -> em.persist(new Slot(site, planned, SLOT_CAPACITY)));
        }
        em.flush();
        Instant now = Instant.now();
        bookInOrder(stationary, EMPLOYERS.get(0).details().nip(), now);
        bookInOrder(mobile, EMPLOYERS.get(1).details().nip(), now);
        testedInThePast(stationary, List.of(EMPLOYERS.get(2).details().nip(), EMPLOYERS.get(4).details().nip()), now);
    }

    /**
     * The workers of these employers were tested at the site in the past two weeks, ten to a slot: their
     * samples and the lab's answers a day or two later (mostly negative, a few positive, inconclusive or
     * invalid; the latest still waiting for the lab).
     */
    private void testedInThePast(TestSite site, List<String> employerNips, Instant now) {
        var random = new Random(2022);
        List<Worker> workers = em.createQuery("SELECT w FROM Worker w WHERE w.employer.nip IN :nips ORDER BY w.id", Worker.class)
                .setParameter("nips", employerNips).getResultList();
        List<Slot> slots = em.createQuery("SELECT s FROM Slot s WHERE s.site = :site AND s.endsAt < :now ORDER BY s.startsAt",
                Slot.class).setParameter("site", site).setParameter("now", now).getResultList();
        // Ten workers to a slot, the groups spread over the two weeks, the last one in the latest slot.
        int groups = (workers.size() + 9) / 10;
        int step = Math.max(1, (slots.size() - 1) / Math.max(1, groups - 1));
        for (int i = 0; i < workers.size() && (i / 10) * step < slots.size(); i++) {
            Slot slot = slots.get(Math.min(slots.size() - 1, (i / 10) * step));
            Worker worker = workers.get(i);
            em.persist(new Booking(slot, worker, slot.getStartsAt().minus(Duration.ofDays(2)), "testing"));
            em.createQuery("UPDATE Slot s SET s.booked = s.booked + 1 WHERE s.id = :id").setParameter("id", slot.getId()).executeUpdate();
            Instant collected = slot.getStartsAt().plus(Duration.ofMinutes(2L * (i % 10)));
            var sample = new Sample(String.format(Locale.ROOT, "KRK-%06d", 100_000 + i), worker, slot,
                    i % 7 == 0 ? TestType.ANTIGEN : TestType.RT_PCR, collected, "Irena Pielęgniarska", "Laboratorium Miejskie w Krakowie", now);
            Instant answered = collected.plus(Duration.ofHours(18 + random.nextInt(30)));
            if (answered.isBefore(now)) {
                int roll = random.nextInt(100);
                TestResult result = roll < 91 ? TestResult.NEGATIVE : roll < 96 ? TestResult.POSITIVE
                        : roll < 98 ? TestResult.INCONCLUSIVE : TestResult.INVALID;
                sample.recordResult(result, answered, Sample.Source.CSV, "laboratorium", now);
            }
            em.persist(sample);
            if (sample.getResult() == TestResult.POSITIVE) {
                // Reported as a clerk would have: the older ones sent and acknowledged, the latest still to send.
                LocalDate until = collected.atZone(TestSite.ZONE).toLocalDate().plusDays(7);
                for (Recipient recipient : Recipient.values()) {
                    var notification = new Notification(sample, recipient, until, answered);
                    if (answered.isBefore(now.minus(Duration.ofDays(3)))) {
                        notification.sent(answered.plus(Duration.ofHours(2)), "testing");
                        notification.acknowledged(answered.plus(Duration.ofDays(1)), "testing");
                    }
                    em.persist(notification);
                }
            }
        }
    }

    /** The employer's workers into the site's coming slots, twenty to a slot, as a clerk's group booking would. */
    private void bookInOrder(TestSite site, String employerNip, Instant now) {
        List<Worker> workers = em.createQuery("SELECT w FROM Worker w WHERE w.employer.nip = :nip ORDER BY w.surname, w.id",
                Worker.class).setParameter("nip", employerNip).getResultList();
        List<Slot> slots = em.createQuery("SELECT s FROM Slot s WHERE s.site = :site AND s.startsAt > :now ORDER BY s.startsAt",
                Slot.class).setParameter("site", site).setParameter("now", now).getResultList();
        for (int i = 0; i < workers.size() && i / SLOT_CAPACITY < slots.size(); i++) {
            Slot slot = slots.get(i / SLOT_CAPACITY);
            em.persist(new Booking(slot, workers.get(i), now, "testing"));
            em.createQuery("UPDATE Slot s SET s.booked = s.booked + 1 WHERE s.id = :id").setParameter("id", slot.getId()).executeUpdate();
        }
    }

    /** The {@code serial}-th demo worker: Cyrillic names drawn from the lists, Latin ones transliterated. */
    static WorkerDetails worker(Random random, int serial, long employerId, LocalDate today) {
        boolean woman = random.nextInt(100) < 45;
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String given = (woman ? WOMEN : MEN).get(random.nextInt(woman ? WOMEN.size() : MEN.size()));
        LocalDate born = today.minusYears(19 + random.nextInt(42)).minusDays(random.nextInt(365));
        String passport = "F" + (char) ('A' + random.nextInt(26)) + String.format(Locale.ROOT, "%06d", 100_000 + serial * 37 % 900_000);
        int roll = random.nextInt(100);
        PreferredLanguage language = roll < 75 ? PreferredLanguage.UK : roll < 88 ? PreferredLanguage.RU
                : roll < 96 ? PreferredLanguage.PL : PreferredLanguage.EN;
        String phone = String.format(Locale.ROOT, "+380 %02d %03d %04d", 50 + random.nextInt(49), random.nextInt(1000), random.nextInt(10_000));
        var accommodation = new ArrayList<>(List.of("kwatera pracownicza", "hostel", "dom gospodarza"));
        return new WorkerDetails(UkrainianLatin.of(surname).toUpperCase(Locale.ROOT), UkrainianLatin.of(given).toUpperCase(Locale.ROOT),
                surname, given, born, "UA", passport, phone, language, employerId,
                accommodation.get(random.nextInt(accommodation.size())) + " nr " + (1 + random.nextInt(40)));
    }
}
