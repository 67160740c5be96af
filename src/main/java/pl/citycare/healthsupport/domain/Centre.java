package pl.citycare.healthsupport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.util.LinkedHashMap;
import java.util.Map;

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
    @Column(nullable = false)
    private String district;

    private String phone;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(nullable = false)
    private boolean active = true;

    protected Centre() {
        // for JPA
    }

    public Centre(String code, String name, String address, String district, String phone, String openingHours) {
        this.code = code;
        this.name = name;
        this.address = address;
        this.district = district;
        this.phone = phone;
        this.openingHours = openingHours;
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

    public String getDistrict() {
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

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("address", address);
        state.put("district", district);
        state.put("phone", phone);
        state.put("openingHours", openingHours);
        state.put("active", active);
        return state;
    }
}
