package pl.citycare.procurement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.invoice.Invoice;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Faktury: a clerk registers the supplier's invoices under a contract and records their payment. The
 * invoices of a contract never exceed its current gross: the contract's row lock makes two clerks
 * registering at once take turns. An unpaid invoice past due stands out.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Invoices {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** What the clerk types from the invoice: its number, dates and totals. */
    public record Receipt(String number, LocalDate issuedOn, LocalDate dueOn, BigDecimal net, BigDecimal vat) {
    }

    public record InvoiceView(long id, long version, String number, LocalDate issuedOn, LocalDate dueOn, Money net, Money vat,
                              Money gross, LocalDate paidOn, boolean overdue) {
    }

    public List<InvoiceView> of(long contractId) {
        LocalDate today = Moments.today();
        return em.createQuery("SELECT i FROM Invoice i WHERE i.contractId = :contract ORDER BY i.issuedOn, i.id", Invoice.class)
                .setParameter("contract", contractId).getResultStream().map(i -> view(i, today)).toList();
    }

    /** @throws Rejected naming the field that breaks a rule, e.g. {@code net} for an invoice above the contract */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public InvoiceView receive(long contractId, Receipt r) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new Rejected("number", "procurement.contract.rule.unknown");
        }
        Invoice invoice;
        try {
            invoice = Invoice.receive(contract, r.number(), r.issuedOn(), r.dueOn(), money(r.net()), money(r.vat()),
                    BudgetSums.invoicedOnContract(em, contractId), me(), Moments.now(), Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        if (numberTaken(contract.getSupplierId(), invoice.getNumber())) {
            throw new Rejected("number", "procurement.invoice.rule.duplicateNumber");
        }
        em.persist(invoice);
        em.flush();
        return view(invoice, Moments.today());
    }

    /** @throws Rejected (field {@code paidOn}) for a day before issue or after today, or an invoice already paid */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public InvoiceView pay(long invoiceId, long expectedVersion, LocalDate paidOn) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new Rejected("paidOn", "procurement.invoice.rule.unknown");
        }
        if (invoice.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Invoice " + invoiceId + " changed since it was read");
        }
        try {
            invoice.pay(paidOn, Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return view(invoice, Moments.today());
    }

    private boolean numberTaken(long supplierId, String number) {
        return !em.createQuery("SELECT i.id FROM Invoice i WHERE i.supplierId = :supplier AND i.number = :number", Long.class)
                .setParameter("supplier", supplierId).setParameter("number", number).setMaxResults(2).getResultList().isEmpty();
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount, Money.PLN);
    }

    private static InvoiceView view(Invoice i, LocalDate today) {
        return new InvoiceView(i.getId(), i.getVersion(), i.getNumber(), i.getIssuedOn(), i.getDueOn(), i.getNet(), i.getVat(),
                i.getGross(), i.getPaidOn().orElse(null), i.isOverdue(today));
    }



    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
