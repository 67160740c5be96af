package pl.citycare.procurement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.delivery.Delivery;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dostawy: a clerk records what arrived under a contract with its acceptance protocol; everyone in
 * procurement reads them and prints the protocol. A delivery never takes a line above its contracted
 * quantity: the contract's row lock makes deliveries and amendments of one contract take turns.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Deliveries {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** What the clerk fills in: the protocol, and a quantity per line of the contract's current version (blank for none). */
    public record Acceptance(String protocolNumber, LocalDate deliveredOn, String receivedBy, List<BigDecimal> quantities) {
    }

    public record DeliveredLine(int lineNo, String item, BigDecimal quantity) {
    }

    public record DeliveryView(long id, String protocolNumber, LocalDate deliveredOn, String receivedBy, String createdBy,
                               List<DeliveredLine> lines) {
    }

    /** A contract line's progress: contracted, delivered so far, still to come. */
    public record LineProgress(int lineNo, String item, String unit, BigDecimal contracted, BigDecimal delivered,
                               BigDecimal remaining) {
    }

    /** The acceptance protocol's facts, for its PDF. */
    public record Protocol(DeliveryView delivery, String contractNumber, LocalDate contractSignedOn, String supplierName,
                           String supplierNip, String subject, List<LineProgress> progress) {
    }

    public List<DeliveryView> of(long contractId) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.contractId = :contract ORDER BY d.deliveredOn, d.id", Delivery.class)
                .setParameter("contract", contractId).getResultStream().map(Deliveries::view).toList();
    }

    public List<LineProgress> progress(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        Map<Integer, BigDecimal> delivered = Delivered.byLine(em, contractId);
        return contract.current().getLines().stream().map(l -> {
            BigDecimal done = delivered.getOrDefault(l.getLineNo(), BigDecimal.ZERO);
            return new LineProgress(l.getLineNo(), l.terms().item(), l.terms().unit(), l.terms().quantity(), done,
                    l.terms().quantity().subtract(done));
        }).toList();
    }

    public Optional<Protocol> protocol(long deliveryId) {
        return Optional.ofNullable(em.find(Delivery.class, deliveryId)).map(d -> {
            Contract contract = em.find(Contract.class, d.getContractId());
            Supplier supplier = em.find(Supplier.class, contract.getSupplierId());
            ProcurementRequest request = em.find(ProcurementRequest.class, contract.getRequestId());
            return new Protocol(view(d), contract.getNumber(), contract.getSignedOn(), supplier.getName(), supplier.getNip(),
                    request.getSubject(), progress(contract.getId()));
        });
    }

    /**
     * @throws Rejected naming the field that breaks a rule ({@code lines:1:quantity} for a line above its contract)
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public DeliveryView accept(long contractId, Acceptance a) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new Rejected("deliveredOn", "procurement.contract.rule.unknown");
        }
        Delivery delivery;
        try {
            delivery = Delivery.accept(contract, a.protocolNumber(), a.deliveredOn(), a.receivedBy(),
                    a.quantities() == null ? List.of() : a.quantities(), Delivered.byLine(em, contractId), me(), Moments.now(),
                    Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(delivery);
        em.flush();
        return view(delivery);
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.getId(), d.getProtocolNumber(), d.getDeliveredOn(), d.getReceivedBy(), d.getCreatedBy(),
                d.getLines().stream().map(l -> new DeliveredLine(l.getLineNo(), l.getItem(), l.getQuantity())).toList());
    }


    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
