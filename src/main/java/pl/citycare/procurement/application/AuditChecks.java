package pl.citycare.procurement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.ContractLine;
import pl.citycare.procurement.domain.contract.ContractVersion;
import pl.citycare.procurement.domain.invoice.Invoice;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.procurement.domain.request.SplitOrders;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.procurement.domain.threshold.ThresholdsOn;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kontrole audytora: the checks auditors used to run by hand over the procurement records, each a saved
 * report with its findings and a way to the record (drill-down). Every run is a read in the audit trail
 * (entity {@code AuditCheck}, the check's name), so an auditor's work leaves its own record.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditChecks {

    /** The saved checks, in the order the page lists them. */
    public enum Check {
        /** Podział zamówienia: below-threshold requests of one CPV group and year that together reach the threshold. */
        SPLIT_ORDERS,
        /** "Below the national threshold" while the contracts signed under the request reach it. */
        LEGAL_BASIS_VALUE,
        /** Invoices paid after their due date, or still unpaid past it. */
        LATE_PAYMENTS,
        /** More accepted than the contract's current version orders (should be none). */
        OVER_DELIVERY,
        /** A request decided by whoever submitted it (should be none). */
        SELF_APPROVAL,
        /** Suppliers that share a bank account or an address. */
        SHARED_SUPPLIER_DETAILS,
        /** Amendments (aneksy) that raised a contract's value, with the percentage. */
        VALUE_RAISING_AMENDMENTS,
        /** Apparatus delivered and not put into use after the configured number of days. */
        IDLE_EQUIPMENT,
        /** COVID-19 act purchases without a timely BIP publication. */
        LATE_BIP
    }

    /** Where a finding leads: the record's page and its history. */
    public enum Subject {
        REQUEST("/procurement/request.xhtml", "ProcurementRequest"),
        CONTRACT("/procurement/contract.xhtml", "Contract"),
        SUPPLIER("/procurement/supplier.xhtml", "Supplier");

        private final String page;
        private final String auditType;

        Subject(String page, String auditType) {
            this.page = page;
            this.auditType = auditType;
        }

        public String page() {
            return page;
        }

        /** The entity type its audit events carry, for the history link. */
        public String auditType() {
            return auditType;
        }
    }

    /**
     * One thing a check found: the record ({@code label}: a number or subject), and what is wrong with it as a
     * message key of the bundles and its arguments: amounts of money as {@link Money}, quantities and percentages
     * as {@link BigDecimal}, days and numbers as numbers, dates and names as text.
     */
    public record Finding(Subject subject, long recordId, String label, String detailKey, List<Object> args) {
    }

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Requests requests;

    @Inject
    private Thresholds thresholds;

    @Inject
    private Distributions distributions;

    @Inject
    @ConfigProperty(name = "citycare.procurement.bip-days", defaultValue = "30")
    private int bipDays;

    /** Every check's number of findings, in one run (recorded as one read). */
    public Map<Check, Integer> counts() {
        auditTrail.recordRead("AuditCheck", "ALL");
        Map<Check, Integer> counts = new EnumMap<>(Check.class);
        for (Check check : Check.values()) {
            counts.put(check, findings(check).size());
        }
        return counts;
    }

    /** One check's findings, recorded as a read of that check. */
    public List<Finding> run(Check check) {
        auditTrail.recordRead("AuditCheck", check.name());
        return findings(Objects.requireNonNull(check));
    }

    private List<Finding> findings(Check check) {
        return switch (check) {
            case SPLIT_ORDERS -> splitOrders();
            case LEGAL_BASIS_VALUE -> legalBasisValue();
            case LATE_PAYMENTS -> latePayments();
            case OVER_DELIVERY -> overDelivery();
            case SELF_APPROVAL -> selfApproval();
            case SHARED_SUPPLIER_DETAILS -> sharedSupplierDetails();
            case VALUE_RAISING_AMENDMENTS -> valueRaisingAmendments();
            case IDLE_EQUIPMENT -> idleEquipment();
            case LATE_BIP -> lateBip();
        };
    }

    private List<Finding> splitOrders() {
        TreeSet<Integer> years = em.createQuery("SELECT r.startDate FROM ProcurementRequest r", LocalDate.class).getResultStream()
                .map(LocalDate::getYear).collect(Collectors.toCollection(TreeSet::new));
        Map<Long, ProcurementRequest> byId = requestsById();
        List<Finding> findings = new ArrayList<>();
        for (int year : years) {
            for (SplitOrders.Group group : requests.splitOrders(year)) {
                String ids = group.requestIds().stream().map(id -> "#" + id).collect(Collectors.joining(", "));
                for (long id : group.requestIds()) {
                    findings.add(new Finding(Subject.REQUEST, id, byId.get(id).getSubject(), "audit.check.SPLIT_ORDERS.finding",
                            List.of(group.cpvGroup(), String.valueOf(group.year()), ids, group.total(), group.threshold())));
                }
            }
        }
        return findings;
    }

    private List<Finding> legalBasisValue() {
        Map<Long, List<Contract>> contracts = em.createQuery("SELECT c FROM Contract c", Contract.class).getResultStream()
                .collect(Collectors.groupingBy(Contract::getRequestId));
        List<Finding> findings = new ArrayList<>();
        for (ProcurementRequest r : em.createQuery("SELECT r FROM ProcurementRequest r WHERE r.legalBasis = :basis ORDER BY r.startDate, r.id",
                ProcurementRequest.class).setParameter("basis", LegalBasis.BELOW_NATIONAL_THRESHOLD).getResultList()) {
            List<Contract> signed = contracts.getOrDefault(r.getId(), List.of());
            Money net = signed.stream().map(c -> c.current().getNetTotal()).reduce(Money.zero(Money.PLN), Money::plus);
            ThresholdsOn on = thresholds.on(r.getStartDate());
            if (!signed.isEmpty() && on.national().isPresent() && !on.isBelowNational(net)) {
                findings.add(new Finding(Subject.REQUEST, r.getId(), r.getSubject(), "audit.check.LEGAL_BASIS_VALUE.finding",
                        List.of(net, on.national().orElseThrow().inPln(), r.getStartDate().toString())));
            }
        }
        return findings;
    }

    private List<Finding> latePayments() {
        LocalDate today = Moments.today();
        Map<Long, String> numbers = contractNumbers();
        return em.createQuery("SELECT i FROM Invoice i WHERE (i.paidOn IS NOT NULL AND i.paidOn > i.dueOn) "
                        + "OR (i.paidOn IS NULL AND i.dueOn < :today) ORDER BY i.dueOn, i.id", Invoice.class)
                .setParameter("today", today).getResultStream()
                .map(i -> i.getPaidOn().map(paid -> new Finding(Subject.CONTRACT, i.getContractId(), numbers.get(i.getContractId()),
                                "audit.check.LATE_PAYMENTS.paidLate", List.<Object>of(i.getNumber(), i.getGross(),
                                        i.getDueOn().toString(), paid.toString(), ChronoUnit.DAYS.between(i.getDueOn(), paid))))
                        .orElseGet(() -> new Finding(Subject.CONTRACT, i.getContractId(), numbers.get(i.getContractId()),
                                "audit.check.LATE_PAYMENTS.unpaid", List.of(i.getNumber(), i.getGross(),
                                i.getDueOn().toString(), ChronoUnit.DAYS.between(i.getDueOn(), today)))))
                .toList();
    }

    private List<Finding> overDelivery() {
        Map<String, BigDecimal> delivered = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT d.contractId, l.lineNo, SUM(l.quantity) FROM DeliveryLine l JOIN l.delivery d "
                + "GROUP BY d.contractId, l.lineNo", Object[].class).getResultList()) {
            delivered.put(row[0] + "/" + row[1], (BigDecimal) row[2]);
        }
        List<Finding> findings = new ArrayList<>();
        for (Contract c : em.createQuery("SELECT c FROM Contract c ORDER BY c.signedOn, c.id", Contract.class).getResultList()) {
            for (ContractLine line : c.current().getLines()) {
                BigDecimal got = delivered.get(c.getId() + "/" + line.getLineNo());
                if (got != null && got.compareTo(line.terms().quantity()) > 0) {
                    findings.add(new Finding(Subject.CONTRACT, c.getId(), c.getNumber(), "audit.check.OVER_DELIVERY.finding",
                            List.of(line.getLineNo(), line.terms().item(), got, line.terms().quantity(), line.terms().unit())));
                }
            }
        }
        return findings;
    }

    private List<Finding> selfApproval() {
        // The database refuses a request decided by its requester; the history's decisions are checked too, since
        // whoever could bypass the one could bypass the other.
        List<Finding> findings = new ArrayList<>();
        Map<Long, ProcurementRequest> byId = requestsById();
        em.createQuery("SELECT r FROM ProcurementRequest r WHERE r.decidedBy = r.requestedBy ORDER BY r.id", ProcurementRequest.class)
                .getResultStream().forEach(r -> findings.add(new Finding(Subject.REQUEST, r.getId(), r.getSubject(),
                        "audit.check.SELF_APPROVAL.finding", List.of(r.getRequestedBy()))));
        em.createQuery("SELECT e.requestId, e.actor FROM RequestEvent e, ProcurementRequest r WHERE e.requestId = r.id "
                        + "AND e.status IN :decisions AND e.actor = r.requestedBy ORDER BY e.requestId", Object[].class)
                .setParameter("decisions", List.of(RequestStatus.APPROVED, RequestStatus.REJECTED)).getResultStream()
                .filter(row -> findings.stream().noneMatch(f -> f.recordId() == (Long) row[0]))
                .forEach(row -> findings.add(new Finding(Subject.REQUEST, (Long) row[0], byId.get((Long) row[0]).getSubject(),
                        "audit.check.SELF_APPROVAL.finding", List.of((String) row[1]))));
        return findings;
    }

    private List<Finding> sharedSupplierDetails() {
        List<Supplier> suppliers = em.createQuery("SELECT s FROM Supplier s ORDER BY s.name, s.id", Supplier.class).getResultList();
        List<Finding> findings = new ArrayList<>();
        shared(suppliers, s -> s.getIban().map(AuditChecks::compactIban).orElse(null), "audit.check.SHARED_SUPPLIER_DETAILS.iban", findings);
        shared(suppliers, s -> compactAddress(s.getAddress()), "audit.check.SHARED_SUPPLIER_DETAILS.address", findings);
        return findings;
    }

    private static void shared(List<Supplier> suppliers, Function<Supplier, String> key, String detailKey, List<Finding> findings) {
        Map<String, List<Supplier>> groups = suppliers.stream().filter(s -> key.apply(s) != null && !key.apply(s).isEmpty())
                .collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()));
        groups.values().stream().filter(group -> group.size() > 1).forEach(group -> {
            for (Supplier s : group) {
                String others = group.stream().filter(o -> o != s).map(Supplier::getName).collect(Collectors.joining(", "));
                findings.add(new Finding(Subject.SUPPLIER, s.getId(), s.getName(), detailKey, List.of(others)));
            }
        });
    }

    static String compactIban(String iban) {
        return iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** An address compared as people write it: case, punctuation and spacing aside ("ul. Długa 5" = "UL DŁUGA 5"). */
    static String compactAddress(String address) {
        return address == null ? null : address.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }

    private List<Finding> valueRaisingAmendments() {
        List<Finding> findings = new ArrayList<>();
        for (Contract c : em.createQuery("SELECT c FROM Contract c ORDER BY c.signedOn, c.id", Contract.class).getResultList()) {
            List<ContractVersion> versions = c.getVersions().stream().sorted(Comparator.comparingInt(ContractVersion::getNumber)).toList();
            Money signed = versions.get(0).getGrossTotal();
            for (int i = 1; i < versions.size(); i++) {
                Money before = versions.get(i - 1).getGrossTotal();
                Money after = versions.get(i).getGrossTotal();
                if (after.isGreaterThan(before)) {
                    BigDecimal raise = after.minus(before).amount();
                    findings.add(new Finding(Subject.CONTRACT, c.getId(), c.getNumber(), "audit.check.VALUE_RAISING_AMENDMENTS.finding",
                            List.of(versions.get(i).getNumber() - 1, before, after, percent(raise, before.amount()),
                                    percent(after.minus(signed).amount(), signed.amount()))));
                }
            }
        }
        return findings;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private List<Finding> idleEquipment() {
        return distributions.idle().stream().map(e -> new Finding(Subject.CONTRACT, e.contractId(), e.contractNumber(),
                e.inStock() ? "audit.check.IDLE_EQUIPMENT.inStock" : "audit.check.IDLE_EQUIPMENT.handedOver",
                List.of(e.item(), e.quantity(), e.unit(), e.since().toString(), Objects.requireNonNullElse(e.recipientName(), ""),
                        distributions.idleDays()))).toList();
    }

    private List<Finding> lateBip() {
        LocalDate today = Moments.today();
        List<Finding> findings = new ArrayList<>();
        for (ProcurementRequest r : em.createQuery("SELECT r FROM ProcurementRequest r WHERE r.legalBasis = :covid ORDER BY r.startDate, r.id",
                ProcurementRequest.class).setParameter("covid", LegalBasis.COVID_EXEMPTION).getResultList()) {
            r.bipFlag(today, bipDays).ifPresent(flag -> findings.add(new Finding(Subject.REQUEST, r.getId(), r.getSubject(),
                    "audit.check.LATE_BIP." + flag.name(), List.of(r.bipDueOn(bipDays).orElseThrow().toString(),
                    r.getBipPublishedOn().map(LocalDate::toString).orElse("")))));
        }
        return findings;
    }

    private Map<Long, ProcurementRequest> requestsById() {
        return em.createQuery("SELECT r FROM ProcurementRequest r", ProcurementRequest.class).getResultStream()
                .collect(Collectors.toMap(ProcurementRequest::getId, Function.identity()));
    }

    private Map<Long, String> contractNumbers() {
        return em.createQuery("SELECT c.id, c.number FROM Contract c", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
