package pl.citycare.procurement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.budget.Fund;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.ContractLine;
import pl.citycare.procurement.domain.contract.ContractVersion;
import pl.citycare.procurement.domain.contract.LineTerms;
import pl.citycare.procurement.domain.contract.VatRate;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Umowy: a clerk signs a contract under an approved request and amends it; approvers and auditors read
 * every version. A contract or an amendment that would commit its budget line beyond the plan is refused
 * with the line and the shortfall; the line's row lock makes two clerks signing at once take turns.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Contracts {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** The buyer as the register names it (zamawiający). */
    @Inject
    @ConfigProperty(name = "citycare.procurement.buyer-name", defaultValue = "Gmina Miejska Kraków")
    private String buyerName;

    /** Empty until configured (an empty default is "no value" to MicroProfile Config). */
    @Inject
    @ConfigProperty(name = "citycare.procurement.buyer-nip")
    private Optional<String> buyerNip;

    /** The buyer (zamawiający) named in the contract register. */
    public record Buyer(String name, String nip) {
    }

    /** One line as typed: the rules are checked when the contract or amendment is saved. */
    public record LineInput(String item, Cpv cpv, BigDecimal quantity, String unit, BigDecimal unitNet, Integer vatPercent) {
    }

    /** What the clerk fills in for a new contract. */
    public record Signing(Long requestId, Long supplierId, String number, LocalDate signedOn, LocalDate termUntil,
                          List<LineInput> lines) {
    }

    /** What the clerk fills in for an amendment: every line of the current version, possibly changed, and new ones after them. */
    public record Amendment(LocalDate amendedOn, String reason, LocalDate termUntil, List<LineInput> lines) {
    }

    public record LineView(int lineNo, LineTerms terms, Money net, Money vat, Money gross) {
    }

    public record VersionView(int number, LocalDate signedOn, LocalDate termUntil, String reason, Money net, Money vat,
                              Money gross, String createdBy, Instant createdAt, List<LineView> lines) {
    }

    /** A contract with every version, the current one last. */
    public record ContractView(long id, long version, String number, long requestId, String subject, long supplierId,
                               String supplierName, String supplierNip, BudgetCategory line, LocalDate signedOn,
                               int currentVersion, List<VersionView> versions) {

        public VersionView current() {
            return versions.get(versions.size() - 1);
        }
    }

    /**
     * A row of the contract register (rejestr umów): what public bodies publish about their contracts. The
     * value is the current version's; {@code amendments} lists each amendment's number, date and reason.
     */
    public record RegisterRow(String number, LocalDate signedOn, String supplierName, String supplierNip, String subject,
                              Money net, Money gross, LocalDate termUntil, String fund, BudgetCategory line,
                              LegalBasis legalBasis, List<String> amendments) {
    }

    /** An approved request a contract can be signed under. */
    public record RequestChoice(long id, String subject) {
    }

    /** A supplier a contract can be signed with. */
    public record SupplierChoice(long id, String name, String nip) {
    }

    /** A row of the contracts list. */
    public record ContractRow(long id, String number, String supplierName, LocalDate signedOn, int currentVersion,
                              Money gross) {
    }

    /** The budget line a contract would overspend, and by how much; for the refusal's message. */
    public static class OverBudget extends Rejected {

        private final BudgetCategory line;
        private final Money shortfall;

        public OverBudget(BudgetCategory line, Money shortfall) {
            super("lines", "procurement.contract.rule.overBudget");
            this.line = line;
            this.shortfall = shortfall;
        }

        public BudgetCategory line() {
            return line;
        }

        public Money shortfall() {
            return shortfall;
        }
    }

    /** The columns a clerk may sort the contract list by: column → attribute. */
    public static final Map<String, String> SORTABLE = Map.of("number", "number", "signedOn", "signedOn");

    /** The contracts a clerk asks for: a number's part or a supplier's name's part, and the days signed (both included). */
    public record ContractFilter(String text, LocalDate signedFrom, LocalDate signedTo) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        public static ContractFilter none() {
            return new ContractFilter(null, null, null);
        }
    }

    /** One page of the contracts, newest signature first unless sorted otherwise. */
    public List<ContractRow> search(ContractFilter filter, List<Sort> order, int first, int max) {
        var sorts = new ArrayList<>(order.isEmpty() ? List.of(Sort.desc("signedOn")) : order);
        sorts.add(Sort.desc("id"));
        return list(filter).sortedBy(sorts.toArray(Sort[]::new)).page(first, max).stream()
                .map(c -> new ContractRow(c.getId(), c.getNumber(), em.find(Supplier.class, c.getSupplierId()).getName(),
                        c.getSignedOn(), c.getCurrentVersion(), c.current().getGrossTotal())).toList();
    }

    public long count(ContractFilter filter) {
        return list(filter).count();
    }

    private ListQuery<Contract> list(ContractFilter filter) {
        String text = filter.text() == null ? "" : filter.text().strip();
        // Suppliers are few (hundreds): their ids are looked up first, so the contracts' query needs no join.
        List<Long> suppliers = text.isEmpty() ? List.of() : em.createQuery(
                        "SELECT s.id FROM Supplier s WHERE LOWER(s.name) LIKE :text ESCAPE '\\'", Long.class)
                .setParameter("text", "%" + ListQuery.escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%")
                .setMaxResults(1000).getResultList();
        return ListQuery.of(em, Contract.class)
                .whereIf(!text.isEmpty(), (cb, root) -> {
                    var number = cb.like(cb.lower(root.get("number")), "%" + ListQuery.escapeLike(
                            text.toLowerCase(java.util.Locale.ROOT)) + "%", '\\');
                    return suppliers.isEmpty() ? number : cb.or(number, root.get("supplierId").in(suppliers));
                })
                .whereIf(filter.signedFrom() != null, (cb, root) -> cb.greaterThanOrEqualTo(root.get("signedOn"), filter.signedFrom()))
                .whereIf(filter.signedTo() != null, (cb, root) -> cb.lessThanOrEqualTo(root.get("signedOn"), filter.signedTo()));
    }

    public Optional<ContractView> contract(long id) {
        return Optional.ofNullable(em.find(Contract.class, id)).map(this::view);
    }

    /** Approved requests, newest first, for the new-contract form. */
    public List<RequestChoice> approvedRequests() {
        return em.createQuery("SELECT r FROM ProcurementRequest r WHERE r.status = :approved ORDER BY r.startDate DESC, r.id DESC",
                        ProcurementRequest.class).setParameter("approved", RequestStatus.APPROVED).getResultStream()
                .map(r -> new RequestChoice(r.getId(), r.getSubject())).toList();
    }

    public Buyer buyer() {
        return new Buyer(buyerName, buyerNip.orElse(""));
    }

    /** Every contract, oldest first, as the register publishes it. */
    public List<RegisterRow> register() {
        return em.createQuery("SELECT c FROM Contract c ORDER BY c.signedOn, c.id", Contract.class).getResultStream().map(c -> {
            Supplier supplier = em.find(Supplier.class, c.getSupplierId());
            ProcurementRequest request = em.find(ProcurementRequest.class, c.getRequestId());
            BudgetLine line = em.find(BudgetLine.class, c.getBudgetLineId());
            Fund fund = em.find(Fund.class, line.getFundId());
            ContractVersion current = c.current();
            List<String> amendments = c.getVersions().stream().filter(v -> v.getNumber() > 1)
                    .map(v -> (v.getNumber() - 1) + ": " + v.getSignedOn() + " " + v.getReason().orElse("")).toList();
            return new RegisterRow(c.getNumber(), c.getSignedOn(), supplier.getName(), supplier.getNip(), request.getSubject(),
                    current.getNetTotal(), current.getGrossTotal(), current.getTermUntil(), fund.getName(), line.getCategory(),
                    request.getLegalBasis(), amendments);
        }).toList();
    }

    /** Every supplier, by name, for the new-contract form. */
    public List<SupplierChoice> suppliers() {
        return em.createQuery("SELECT s FROM Supplier s ORDER BY s.name, s.id", Supplier.class).getResultStream()
                .map(s -> new SupplierChoice(s.getId(), s.getName(), s.getNip())).toList();
    }

    /**
     * @throws Rejected   naming the field that breaks a rule ({@code lines:2:quantity} for a line's field)
     * @throws OverBudget when the contract's gross would take its budget line above the plan
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public ContractView sign(Signing s) {
        ProcurementRequest request = s.requestId() == null ? null : em.find(ProcurementRequest.class, s.requestId());
        if (request == null) {
            throw new Rejected("request", "procurement.contract.rule.request");
        }
        if (s.supplierId() == null || em.find(Supplier.class, s.supplierId()) == null) {
            throw new Rejected("supplier", "procurement.contract.rule.supplier");
        }
        List<LineTerms> lines = terms(s.lines());
        Contract contract;
        try {
            contract = Contract.sign(s.number(), request, s.supplierId(), s.signedOn(), s.termUntil(), lines, me(), Moments.now(), Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        if (numberTaken(contract.getNumber())) {
            throw new Rejected("number", "procurement.contract.rule.duplicateNumber");
        }
        requireWithinPlan(contract.getBudgetLineId(), null, contract.current().getGrossTotal());
        em.persist(contract);
        em.flush();
        return view(contract);
    }

    /**
     * @throws Rejected               naming the field that breaks a rule
     * @throws OverBudget             when the amended gross would take the budget line above the plan
     * @throws OptimisticLockException when the contract changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public ContractView amend(long id, long expectedVersion, Amendment a) {
        // Deliveries and invoices of this contract wait for the amendment, and it for them.
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new Rejected("amendment", "procurement.contract.rule.unknown");
        }
        if (contract.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Contract " + id + " changed since it was read");
        }
        List<LineTerms> lines = terms(a.lines());
        Map<Integer, BigDecimal> delivered = Delivered.byLine(em, id);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).quantity().compareTo(delivered.getOrDefault(i + 1, BigDecimal.ZERO)) < 0) {
                throw new Rejected("lines:" + i + ":quantity", "procurement.contract.rule.belowDelivered");
            }
        }
        ContractVersion amendment;
        try {
            amendment = contract.amend(a.amendedOn(), a.reason(), a.termUntil(), lines, me(), Moments.now(), Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        if (amendment.getGrossTotal().isLessThan(BudgetSums.invoicedOnContract(em, id))) {
            throw new Rejected("lines", "procurement.contract.rule.belowInvoiced");
        }
        requireWithinPlan(contract.getBudgetLineId(), contract.getId(), amendment.getGrossTotal());
        em.persist(amendment);
        em.flush();
        return view(contract);
    }

    private void requireWithinPlan(long budgetLineId, Long contractId, Money gross) {
        // Whoever commits money on this line holds its row until the transaction ends.
        BudgetLine line = em.find(BudgetLine.class, budgetLineId, LockModeType.PESSIMISTIC_WRITE);
        Money committed = BudgetSums.committedBesides(em, budgetLineId, contractId == null ? BudgetSums.NO_CONTRACT : contractId)
                .plus(gross);
        if (committed.isGreaterThan(line.getPlanned())) {
            throw new OverBudget(line.getCategory(), committed.minus(line.getPlanned()));
        }
    }

    private boolean numberTaken(String number) {
        return !em.createQuery("SELECT c.id FROM Contract c WHERE c.number = :number", Long.class)
                .setParameter("number", number).setMaxResults(1).getResultList().isEmpty();
    }

    /** The typed lines as terms; a broken rule names the line, e.g. {@code lines:2:quantity}. */
    private static List<LineTerms> terms(List<LineInput> inputs) {
        List<LineTerms> terms = new ArrayList<>();
        List<LineInput> lines = inputs == null ? List.of() : inputs;
        for (int i = 0; i < lines.size(); i++) {
            LineInput in = lines.get(i);
            try {
                VatRate rate = in.vatPercent() == null ? null : VatRate.ofPercent(in.vatPercent())
                        .orElseThrow(() -> new RuleViolation("vatRate", "procurement.contract.rule.vatRate"));
                terms.add(new LineTerms(in.item(), in.cpv(), in.quantity(), in.unit(),
                        in.unitNet() == null ? null : Money.of(in.unitNet(), Money.PLN), rate));
            } catch (RuleViolation violation) {
                throw new Rejected("lines:" + i + ":" + violation.field(), violation.messageKey());
            }
        }
        return terms;
    }

    private ContractView view(Contract c) {
        Supplier supplier = em.find(Supplier.class, c.getSupplierId());
        ProcurementRequest request = em.find(ProcurementRequest.class, c.getRequestId());
        BudgetLine line = em.find(BudgetLine.class, c.getBudgetLineId());
        List<VersionView> versions = c.getVersions().stream().map(v -> new VersionView(v.getNumber(), v.getSignedOn(),
                v.getTermUntil(), v.getReason().orElse(null), v.getNetTotal(), v.getVatTotal(), v.getGrossTotal(),
                v.getCreatedBy(), v.getCreatedAt(), v.getLines().stream().map(Contracts::view).toList())).toList();
        return new ContractView(c.getId(), c.getVersion(), c.getNumber(), request.getId(), request.getSubject(),
                supplier.getId(), supplier.getName(), supplier.getNip(), line.getCategory(), c.getSignedOn(),
                c.getCurrentVersion(), versions);
    }

    private static LineView view(ContractLine l) {
        return new LineView(l.getLineNo(), l.terms(), l.getNet(), l.getVat(), l.getGross());
    }



    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
