package pl.citycare.testing.domain.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.ContactPhone;
import pl.citycare.testing.domain.employer.Employer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Pracownik sezonowy: a worker an employer sends to be tested. The passport identifies the person: one
 * worker per passport number. Names are kept as the passport prints them (Latin) and, when known, in
 * Cyrillic; a search key holds both and the national transliteration of the Cyrillic, so that a clerk
 * typing {@code Шевченко} finds {@code SHEVCHENKO}. Personal values reach the audit trail only as
 * {@link PersonalFingerprint}s (under their own field names).
 */
@Entity
@Table(name = "ts_worker")
public class Worker extends AuditedEntity {

    public static final int SURNAME_MAX = 100;
    public static final int GIVEN_NAMES_MAX = 150;
    public static final int ACCOMMODATION_MAX = 300;
    public static final int YOUNGEST_AGE = 15;
    public static final int OLDEST_AGE = 100;

    /** The surname an anonymised worker keeps, and the start of their passport (then the id, unique). */
    public static final String ANONYMISED = "ANONYMISED";
    private static final String ANONYMISED_PASSPORT = "ANON";

    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,15}");
    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[\\s'’ʼ.-]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @SequenceGenerator(name = "ts_worker_seq", sequenceName = "ts_worker_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_worker_seq")
    private Long id;

    @Column(nullable = false)
    private String surname;

    @Column(name = "given_names", nullable = false)
    private String givenNames;

    @Column(name = "surname_cyrillic")
    private String surnameCyrillic;

    @Column(name = "given_names_cyrillic")
    private String givenNamesCyrillic;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false)
    private String nationality;

    @Column(nullable = false)
    private String passport;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PreferredLanguage language;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    private String accommodation;

    @AuditExcluded("derived from the names, for search only")
    @Column(name = "search_name", nullable = false)
    private String searchName;

    @AuditExcluded("the key of the worker's fingerprints in the trail: a secret, destroyed by the retention purge")
    @Column(name = "personal_key")
    private String personalKey;

    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;

    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    protected Worker() {
        // for JPA
    }

    /**
     * @param employer the employer named by {@code details.employerId()}, or null when there is none
     * @throws RuleViolation for the first field that breaks a rule
     */
    public static Worker register(WorkerDetails details, Employer employer, LocalDate today) {
        var worker = new Worker();
        worker.personalKey = PersonalFingerprint.newKey();
        worker.registeredOn = today;
        worker.describe(details, employer, today);
        return worker;
    }

    /** The passport number as stored: capitals and digits, no spaces or dashes. */
    public static String normalisedPassport(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * @param employer the employer named by {@code details.employerId()}, or null when there is none
     * @throws RuleViolation for the first field that breaks a rule
     */
    public void describe(WorkerDetails details, Employer employer, LocalDate today) {
        require(anonymisedOn == null, "surname", "testing.worker.rule.anonymised");
        String cleanSurname = strip(details.surname());
        require(cleanSurname != null && cleanSurname.length() <= SURNAME_MAX && inScript(cleanSurname, Character.UnicodeScript.LATIN),
                "surname", "testing.worker.rule.surname");
        String cleanGiven = strip(details.givenNames());
        require(cleanGiven != null && cleanGiven.length() <= GIVEN_NAMES_MAX && inScript(cleanGiven, Character.UnicodeScript.LATIN),
                "givenNames", "testing.worker.rule.givenNames");
        String cyrSurname = strip(details.surnameCyrillic());
        require(cyrSurname == null || (cyrSurname.length() <= SURNAME_MAX && inScript(cyrSurname, Character.UnicodeScript.CYRILLIC)),
                "surnameCyrillic", "testing.worker.rule.cyrillic");
        String cyrGiven = strip(details.givenNamesCyrillic());
        require(cyrGiven == null || (cyrGiven.length() <= GIVEN_NAMES_MAX && inScript(cyrGiven, Character.UnicodeScript.CYRILLIC)),
                "givenNamesCyrillic", "testing.worker.rule.cyrillic");
        require(details.birthDate() != null && !details.birthDate().isAfter(today.minusYears(YOUNGEST_AGE))
                && details.birthDate().isAfter(today.minusYears(OLDEST_AGE)), "birthDate", "testing.worker.rule.birthDate");
        String country = strip(details.nationality()) == null ? null : details.nationality().strip().toUpperCase(Locale.ROOT);
        require(country != null && COUNTRIES.contains(country), "nationality", "testing.worker.rule.nationality");
        String cleanPassport = normalisedPassport(details.passport());
        require(cleanPassport != null && PASSPORT.matcher(cleanPassport).matches(), "passport", "testing.worker.rule.passport");
        String cleanPhone = strip(details.phone());
        require(cleanPhone == null || ContactPhone.isValid(cleanPhone), "phone", "testing.rule.phone");
        require(details.language() != null, "language", "testing.worker.rule.language");
        require(employer != null, "employer", "testing.worker.rule.employer");
        String place = strip(details.accommodation());
        require(place == null || place.length() <= ACCOMMODATION_MAX, "accommodation", "testing.worker.rule.accommodation");
        surname = cleanSurname;
        givenNames = cleanGiven;
        surnameCyrillic = cyrSurname;
        givenNamesCyrillic = cyrGiven;
        birthDate = details.birthDate();
        nationality = country;
        passport = cleanPassport;
        phone = cleanPhone;
        language = details.language();
        this.employer = employer;
        accommodation = place;
        searchName = searchKey(surname, givenNames, surnameCyrillic, givenNamesCyrillic);
    }

    /**
     * Anonimizacja: the retention period has passed. Names, passport, phone, address and the Cyrillic names
     * go; the birth date keeps its year, and nationality, language and employer stay, for the statistics.
     * The personal key goes too, so the fingerprints the trail holds lead to no one any more.
     */
    public void anonymise(LocalDate today) {
        if (anonymisedOn != null) {
            return;
        }
        surname = ANONYMISED;
        givenNames = "#" + id;
        surnameCyrillic = null;
        givenNamesCyrillic = null;
        birthDate = birthDate.withDayOfYear(1);
        passport = ANONYMISED_PASSPORT + id;
        phone = null;
        accommodation = null;
        searchName = "";
        personalKey = null;
        anonymisedOn = today;
    }

    /**
     * The upper-case text a name search looks in: the Latin names, the Cyrillic ones and their
     * transliteration, so that either script (and a passport spelling of a Cyrillic name) finds the worker.
     */
    static String searchKey(String surname, String givenNames, String surnameCyrillic, String givenNamesCyrillic) {
        var key = new StringBuilder(surname).append(' ').append(givenNames);
        if (surnameCyrillic != null || givenNamesCyrillic != null) {
            String cyrillic = (nullToEmpty(surnameCyrillic) + " " + nullToEmpty(givenNamesCyrillic)).strip();
            key.append(" | ").append(cyrillic).append(" | ").append(UkrainianLatin.of(cyrillic));
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }

    /** Letters of one script, with the spaces, hyphens, dots and apostrophes names have. */
    private static boolean inScript(String name, Character.UnicodeScript script) {
        String letters = NAME_PUNCTUATION.matcher(name).replaceAll("");
        return !letters.isEmpty() && letters.codePoints()
                .allMatch(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getPassport() {
        return passport;
    }

    public Employer getEmployer() {
        return employer;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }

    public WorkerDetails details() {
        return new WorkerDetails(surname, givenNames, surnameCyrillic, givenNamesCyrillic, birthDate, nationality,
                passport, phone, language, employer == null ? null : employer.getId(), accommodation);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("surname", PersonalFingerprint.of(personalKey, surname));
        state.put("givenNames", PersonalFingerprint.of(personalKey, givenNames));
        state.put("surnameCyrillic", PersonalFingerprint.of(personalKey, surnameCyrillic));
        state.put("givenNamesCyrillic", PersonalFingerprint.of(personalKey, givenNamesCyrillic));
        state.put("birthDate", PersonalFingerprint.of(personalKey, birthDate));
        state.put("nationality", nationality);
        state.put("passport", PersonalFingerprint.of(personalKey, passport));
        state.put("phone", PersonalFingerprint.of(personalKey, phone));
        state.put("language", language);
        state.put("employer", employer == null ? null : employer.getId());
        state.put("accommodation", PersonalFingerprint.of(personalKey, accommodation));
        state.put("registeredOn", registeredOn);
        state.put("anonymisedOn", anonymisedOn);
        return state;
    }
}
