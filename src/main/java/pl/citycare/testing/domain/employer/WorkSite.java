package pl.citycare.testing.domain.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/** Miejsce pracy: a farm, greenhouse or plant of an employer, where its workers work and a mobile team can come. */
@Entity
@Table(name = "ts_work_site")
public class WorkSite extends AuditedEntity {

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "ts_work_site_seq", sequenceName = "ts_work_site_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_work_site_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    protected WorkSite() {
        // for JPA
    }

    /** @throws RuleViolation for a blank or over-long name or address */
    WorkSite(Employer employer, String name, String address) {
        String cleanName = Employer.strip(name);
        require(cleanName != null && cleanName.length() <= NAME_MAX, "siteName", "testing.employer.rule.siteName");
        String cleanAddress = Employer.strip(address);
        require(cleanAddress != null && cleanAddress.length() <= Employer.ADDRESS_MAX, "siteAddress",
                "testing.employer.rule.siteAddress");
        this.employer = employer;
        this.name = cleanName;
        this.address = cleanAddress;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("employer", employer == null ? null : employer.getId());
        state.put("name", name);
        state.put("address", address);
        return state;
    }
}
