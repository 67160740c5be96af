package pl.citycare.procurement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.procurement.domain.supplier.SupplierDetails;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.identifiers.Nip;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.shared.persistence.ListQuery;

import java.util.List;
import java.util.Optional;

/**
 * Rejestr dostawców: the procurement clerk registers and corrects suppliers; approvers and auditors read
 * them. One supplier per NIP: a second registration points the clerk to the first.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Suppliers {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** A supplier as lists and forms show it. */
    public record SupplierView(long id, long version, SupplierDetails details) {

        static SupplierView of(Supplier s) {
            return new SupplierView(s.getId(), s.getVersion(), s.details());
        }
    }

    /** Raised for a NIP already registered: the existing supplier's id, for the link in the message. */
    public static class DuplicateNip extends Rejected {

        private final long existingId;

        public DuplicateNip(long existingId) {
            super("nip", "procurement.supplier.rule.duplicateNip");
            this.existingId = existingId;
        }

        public long existingId() {
            return existingId;
        }
    }

    /** One page of the suppliers whose name, NIP or REGON contains {@code text}, by name. */
    public List<SupplierView> search(String text, int first, int max) {
        return list(text).sortedBy(Sort.asc("name"), Sort.asc("id")).page(first, max).stream().map(SupplierView::of).toList();
    }

    public long count(String text) {
        return list(text).count();
    }

    private ListQuery<Supplier> list(String text) {
        // A NIP or REGON is typed with dashes or spaces; it is stored as digits only.
        String typed = text != null && text.matches("[\\d\\s-]+") ? text.replaceAll("[\\s-]", "") : text;
        return ListQuery.of(em, Supplier.class).containsIgnoringCase(typed, "name", "nip", "regon");
    }

    public Optional<SupplierView> supplier(long id) {
        return Optional.ofNullable(em.find(Supplier.class, id)).map(SupplierView::of);
    }

    /**
     * @throws Rejected    naming the field that breaks a rule
     * @throws DuplicateNip when a supplier with this NIP exists
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public SupplierView register(SupplierDetails details) {
        Supplier supplier;
        try {
            supplier = Supplier.register(details);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        refuseDuplicate(supplier.getNip(), null);
        em.persist(supplier);
        em.flush();
        return SupplierView.of(supplier);
    }

    /**
     * @throws Rejected                naming the field that breaks a rule
     * @throws OptimisticLockException when the supplier changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public SupplierView update(long id, long expectedVersion, SupplierDetails details) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new Rejected("name", "procurement.supplier.rule.unknown");
        }
        if (supplier.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Supplier " + id + " changed since it was read");
        }
        if (details.nip() != null && Nip.isValid(details.nip())) {
            refuseDuplicate(Nip.of(details.nip()).value(), id);
        }
        try {
            supplier.describe(details);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return SupplierView.of(supplier);
    }

    private void refuseDuplicate(String nip, Long self) {
        em.createQuery("SELECT s FROM Supplier s WHERE s.nip = :nip", Supplier.class).setParameter("nip", nip)
                .getResultStream().filter(s -> !s.getId().equals(self)).findFirst()
                .ifPresent(existing -> {
                    throw new DuplicateNip(existing.getId());
                });
    }
}
