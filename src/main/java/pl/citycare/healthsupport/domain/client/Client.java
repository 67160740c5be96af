package pl.citycare.healthsupport.domain.client;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Klient centrum: a person a First Psychological Aid Centre helps, known by a pseudonymous code such as
 * {@code CPPP2-2026-00042}. Name and phone are optional and held only sealed; the entity never sees them
 * in clear, the service seals and opens them.
 */
@Entity
@Table(name = "hs_client")
public class Client extends AuditedEntity {

    /** Associated data of the sealed columns: a value sealed for one cannot be opened as the other. */
    public static final String NAME_PURPOSE = "hs_client.name";
    public static final String PHONE_PURPOSE = "hs_client.phone";

    /** Seals a clear value for one purpose (the service passes its cipher). */
    @FunctionalInterface
    public interface Sealing {
        String seal(String plaintext, String purpose);
    }

    @Id
    @SequenceGenerator(name = "hs_client_seq", sequenceName = "hs_client_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_client_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "centre_code", nullable = false, updatable = false)
    private String centreCode;

    @Column(name = "code_year", nullable = false, updatable = false)
    private int codeYear;

    @Column(name = "code_number", nullable = false, updatable = false)
    private int codeNumber;

    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hs_client_target_group", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    private District district;

    @Column(name = "consent_given_on", nullable = false)
    private LocalDate consentGivenOn;

    @AuditExcluded("personal data, sealed: the trail records whether a name is held, never the ciphertext")
    @Column(name = "name_sealed")
    private String nameSealed;

    @AuditExcluded("personal data, sealed: the trail records whether a phone is held, never the ciphertext")
    @Column(name = "phone_sealed")
    private String phoneSealed;

    /** The last day the centre was in touch: the retention period counts from here. */
    @Column(name = "last_contact_on", nullable = false)
    private LocalDate lastContactOn;

    /** Why the client's data is kept beyond the retention period (e.g. a court's request); never a person's name. */
    @Column(name = "legal_hold_reason")
    private String legalHoldReason;

    /** When the retention run removed the client's personal data and notes. */
    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    protected Client() {
        // for JPA
    }

    /**
     * Registers a client under the next free number of the centre's year.
     *
     * @throws RuleViolation naming the field and the rule the facts break
     */
    public static Client register(String centreCode, int number, String registeredBy, ClientFacts facts,
                                  LocalDate today, Sealing sealing) {
        facts.check(today);
        var client = new Client();
        client.centreCode = centreCode;
        client.codeYear = today.getYear();
        client.codeNumber = number;
        client.code = code(centreCode, today.getYear(), number);
        client.registeredOn = today;
        client.registeredBy = registeredBy;
        client.lastContactOn = today;
        client.describe(facts, today, sealing);
        return client;
    }

    /** The pseudonymous code: centre, year, number of five digits. */
    public static String code(String centreCode, int year, int number) {
        return "%s-%d-%05d".formatted(centreCode, year, number);
    }

    /** Changes what intake recorded. @throws RuleViolation naming the field and the rule */
    public void describe(ClientFacts facts, LocalDate today, Sealing sealing) {
        facts.check(today);
        targetGroups = EnumSet.copyOf(facts.targetGroups());
        ageBand = facts.ageBand();
        district = facts.district();
        consentGivenOn = facts.consentGivenOn();
        nameSealed = sealing.seal(facts.name(), NAME_PURPOSE);
        phoneSealed = sealing.seal(facts.phone(), PHONE_PURPOSE);
    }

    /** The centre was in touch with the client on that day (a session, a note): retention counts from the latest. */
    public void recordContact(LocalDate day) {
        if (day.isAfter(lastContactOn)) {
            lastContactOn = day;
        }
    }

    /** Keeps the client's data past the retention period, for the reason given. */
    public void holdForLegalReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new RuleViolation("reason", "health.retention.rule.reasonRequired");
        }
        legalHoldReason = reason.strip();
    }

    public void liftLegalHold() {
        legalHoldReason = null;
    }

    /** The retention run: the name and phone go; what statistics count (groups, age band, district, dates) stays. */
    public void anonymise(LocalDate today) {
        nameSealed = null;
        phoneSealed = null;
        anonymisedOn = today;
    }

    public Optional<String> getLegalHoldReason() {
        return Optional.ofNullable(legalHoldReason);
    }

    public Optional<LocalDate> getAnonymisedOn() {
        return Optional.ofNullable(anonymisedOn);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCentreCode() {
        return centreCode;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Optional<District> getDistrict() {
        return Optional.ofNullable(district);
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public Optional<String> getNameSealed() {
        return Optional.ofNullable(nameSealed);
    }

    public Optional<String> getPhoneSealed() {
        return Optional.ofNullable(phoneSealed);
    }

    public LocalDate getLastContactOn() {
        return lastContactOn;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("centreCode", centreCode);
        state.put("codeYear", codeYear);
        state.put("codeNumber", codeNumber);
        state.put("registeredOn", registeredOn);
        state.put("registeredBy", registeredBy);
        state.put("targetGroups", getTargetGroups());
        state.put("ageBand", ageBand);
        state.put("district", district);
        state.put("consentGivenOn", consentGivenOn);
        state.put("nameHeld", nameSealed != null);
        state.put("phoneHeld", phoneSealed != null);
        state.put("lastContactOn", lastContactOn);
        state.put("legalHoldReason", legalHoldReason);
        state.put("anonymisedOn", anonymisedOn);
        return state;
    }
}
