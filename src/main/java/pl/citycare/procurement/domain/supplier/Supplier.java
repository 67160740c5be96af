package pl.citycare.procurement.domain.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.identifiers.Nip;
import pl.citycare.shared.domain.identifiers.PolishIban;
import pl.citycare.shared.domain.identifiers.Regon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Dostawca (wykonawca): a company the city buys from. NIP, REGON and the bank account are checked with
 * their check digits and kept in their normal form (digits only; the account as PL + 26 digits).
 */
@Entity
@Table(name = "pr_supplier")
public class Supplier extends AuditedEntity {

    public static final int NAME_MAX = 300;
    public static final int ADDRESS_MAX = 300;

    @Id
    @SequenceGenerator(name = "pr_supplier_seq", sequenceName = "pr_supplier_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_supplier_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String nip;

    private String regon;

    @Column(nullable = false)
    private String address;

    private String iban;

    protected Supplier() {
        // for JPA
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public static Supplier register(SupplierDetails details) {
        var supplier = new Supplier();
        supplier.describe(details);
        return supplier;
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public void describe(SupplierDetails details) {
        String cleanName = strip(details.name());
        require(cleanName != null && cleanName.length() <= NAME_MAX, "name", "procurement.supplier.rule.name");
        require(details.nip() != null && Nip.isValid(details.nip()), "nip", "procurement.supplier.rule.nip");
        require(strip(details.regon()) == null || Regon.isValid(details.regon()), "regon", "procurement.supplier.rule.regon");
        String cleanAddress = strip(details.address());
        require(cleanAddress != null && cleanAddress.length() <= ADDRESS_MAX, "address", "procurement.supplier.rule.address");
        require(strip(details.iban()) == null || PolishIban.isValid(details.iban()), "iban", "procurement.supplier.rule.iban");
        name = cleanName;
        nip = Nip.of(details.nip()).value();
        regon = strip(details.regon()) == null ? null : Regon.of(details.regon()).value();
        address = cleanAddress;
        iban = strip(details.iban()) == null ? null : PolishIban.of(details.iban()).value();
    }


    private static String strip(String text) {
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

    public Optional<String> getRegon() {
        return Optional.ofNullable(regon);
    }

    public String getAddress() {
        return address;
    }

    public Optional<String> getIban() {
        return Optional.ofNullable(iban);
    }

    public SupplierDetails details() {
        return new SupplierDetails(name, nip, regon, address, iban == null ? null : PolishIban.of(iban).formatted());
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("nip", nip);
        state.put("regon", regon);
        state.put("address", address);
        state.put("iban", iban);
        return state;
    }
}
