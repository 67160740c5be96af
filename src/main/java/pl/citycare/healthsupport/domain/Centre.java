package pl.citycare.healthsupport.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Centrum Pierwszej Pomocy Psychologicznej: a stationary centre where people in crisis get help.
 * Identified by a short code (e.g. {@code CPPP2}) that also prefixes its clients' pseudonymous codes.
 */
@Entity
@Table(name = "hs_centre")
public class Centre extends AuditedEntity {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    /** One of Kraków's 18 districts (dzielnice). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private District district;

    private String phone;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(nullable = false)
    private boolean active = true;

    /** Usernames of the centre psychologists who work here (a person may work at several centres). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hs_centre_psychologist", joinColumns = @JoinColumn(name = "centre_code"))
    @Column(name = "username", nullable = false)
    private Set<String> psychologists = new TreeSet<>();

    protected Centre() {
        // for JPA
    }

    public Centre(String code, String name, String address, District district, String phone, String openingHours) {
        this.code = code;
        describe(name, address, district, phone, openingHours);
    }

    @Override
    public String getId() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public District getDistrict() {
        return district;
    }

    public String getPhone() {
        return phone;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * The centre's details as residents and clerks read them. Name, address and district are required;
     * text is kept trimmed, an empty phone or opening hours means none.
     */
    public void describe(String name, String address, District district, String phone, String openingHours) {
        this.name = required(name, "name");
        this.address = required(address, "address");
        this.district = Objects.requireNonNull(district, "district");
        this.phone = optional(phone);
        this.openingHours = optional(openingHours);
    }

    /** Open for clients, or closed (kept on record with its history). */
    public void setActive(boolean active) {
        this.active = active;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A centre needs its " + field);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Set<String> getPsychologists() {
        return new TreeSet<>(psychologists);
    }

    /** The centre's psychologists from now on: exactly these. */
    public void assignPsychologists(Set<String> usernames) {
        psychologists.clear();
        psychologists.addAll(usernames);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("address", address);
        state.put("district", district);
        state.put("phone", phone);
        state.put("openingHours", openingHours);
        state.put("active", active);
        state.put("psychologists", getPsychologists());
        return state;
    }
}
