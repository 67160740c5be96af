package pl.citycare.testing.domain.employer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.identifiers.Nip;
import pl.citycare.shared.domain.identifiers.Regon;
import pl.citycare.testing.domain.ContactPhone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Pracodawca: a farm or firm that employs seasonal workers and sends them to be tested. NIP and REGON are
 * checked with their check digits and kept as digits only; one employer per NIP. Its work sites (where
 * the workers work, and where a mobile team can take samples) belong to it.
 */
@Entity
@Table(name = "ts_employer")
public class Employer extends AuditedEntity {

    public static final int NAME_MAX = 300;
    public static final int ADDRESS_MAX = 300;
    public static final int PERSON_MAX = 200;
    public static final int SITES_MAX = 50;

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "ts_employer_seq", sequenceName = "ts_employer_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_employer_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String nip;

    private String regon;

    @Column(nullable = false)
    private String address;

    @Column(name = "contact_person", nullable = false)
    private String contactPerson;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @AuditExcluded("each work site is audited as its own record")
    @OneToMany(mappedBy = "employer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<WorkSite> sites = new ArrayList<>();

    protected Employer() {
        // for JPA
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public static Employer register(EmployerDetails details) {
        var employer = new Employer();
        employer.describe(details);
        return employer;
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public void describe(EmployerDetails details) {
        String cleanName = strip(details.name());
        require(cleanName != null && cleanName.length() <= NAME_MAX, "name", "testing.employer.rule.name");
        require(details.nip() != null && Nip.isValid(details.nip()), "nip", "testing.employer.rule.nip");
        require(strip(details.regon()) == null || Regon.isValid(details.regon()), "regon", "testing.employer.rule.regon");
        String cleanAddress = strip(details.address());
        require(cleanAddress != null && cleanAddress.length() <= ADDRESS_MAX, "address", "testing.employer.rule.address");
        String person = strip(details.contactPerson());
        require(person != null && person.length() <= PERSON_MAX, "contactPerson", "testing.employer.rule.contactPerson");
        String phone = strip(details.contactPhone());
        require(phone == null || ContactPhone.isValid(phone), "contactPhone", "testing.rule.phone");
        String email = strip(details.contactEmail());
        require(email == null || (email.length() <= PERSON_MAX && EMAIL.matcher(email).matches()), "contactEmail",
                "testing.employer.rule.contactEmail");
        name = cleanName;
        nip = Nip.of(details.nip()).value();
        regon = strip(details.regon()) == null ? null : Regon.of(details.regon()).value();
        address = cleanAddress;
        contactPerson = person;
        contactPhone = phone;
        contactEmail = email;
    }

    /** A new work site of this employer. @throws RuleViolation for a blank or over-long name or address */
    public WorkSite addSite(String siteName, String siteAddress) {
        require(sites.size() < SITES_MAX, "siteName", "testing.employer.rule.tooManySites");
        require(sites.stream().noneMatch(s -> s.getName().equalsIgnoreCase(strip(siteName))), "siteName",
                "testing.employer.rule.siteTwice");
        var site = new WorkSite(this, siteName, siteAddress);
        sites.add(site);
        return site;
    }

    /** Removes the work site; the caller has checked that nothing refers to it. */
    public void removeSite(long siteId) {
        sites.removeIf(s -> s.getId() != null && s.getId() == siteId);
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNip() {
        return nip;
    }

    public List<WorkSite> getSites() {
        return Collections.unmodifiableList(sites);
    }

    public EmployerDetails details() {
        return new EmployerDetails(name, nip, regon, address, contactPerson, contactPhone, contactEmail);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("nip", nip);
        state.put("regon", regon);
        state.put("address", address);
        state.put("contactPerson", contactPerson);
        state.put("contactPhone", contactPhone);
        state.put("contactEmail", contactEmail);
        return state;
    }
}
