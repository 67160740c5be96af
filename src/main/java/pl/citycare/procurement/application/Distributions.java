package pl.citycare.procurement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.ContractLine;
import pl.citycare.procurement.domain.distribution.Distribution;
import pl.citycare.procurement.domain.distribution.RecipientKind;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Przekazania: a clerk hands equipment from stock to recipients and records when apparatus was put into
 * use; everyone in procurement reads them, with the idle equipment flagged. Stock never goes below zero:
 * hand-overs take turns on the contract's row lock, with deliveries and amendments.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Distributions {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Event<EquipmentHandedOver> handedOver;

    /** Days after which apparatus in stock, or handed over and not in use, is flagged. */
    @Inject
    @ConfigProperty(name = "citycare.procurement.idle-days", defaultValue = "90")
    private int idleDays;

    /** What the clerk fills in: the line (its place in the contract), the recipient, the quantity and the day. */
    public record Handover(Integer lineIndex, RecipientKind recipientKind, String recipientName, BigDecimal quantity,
                           LocalDate handedOn) {
    }

    public record DistributionView(long id, long version, int lineNo, String item, String unit, boolean apparatus,
                                   RecipientKind recipientKind, String recipientName, BigDecimal quantity, LocalDate handedOn,
                                   LocalDate putIntoUseOn, boolean idle) {
    }

    /** A line's stock: delivered less handed over. */
    public record Stock(int lineNo, String item, String unit, BigDecimal delivered, BigDecimal distributed, BigDecimal inStock) {
    }

    /** Equipment flagged as idle: apparatus in stock since its last delivery, or handed over and not in use. */
    public record IdleEquipment(long contractId, String contractNumber, String item, String unit, BigDecimal quantity,
                                LocalDate since, String recipientName, boolean inStock) {
    }

    public List<DistributionView> of(long contractId) {
        LocalDate today = Moments.today();
        return em.createQuery("SELECT d FROM Distribution d WHERE d.contractId = :contract ORDER BY d.handedOn, d.id",
                Distribution.class).setParameter("contract", contractId).getResultStream().map(d -> view(d, today)).toList();
    }

    public List<Stock> stock(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        Map<Integer, BigDecimal> delivered = Delivered.byLine(em, contractId);
        Map<Integer, BigDecimal> distributed = distributedByLine(contractId);
        return contract.current().getLines().stream().map(l -> {
            BigDecimal in = delivered.getOrDefault(l.getLineNo(), BigDecimal.ZERO);
            BigDecimal out = distributed.getOrDefault(l.getLineNo(), BigDecimal.ZERO);
            return new Stock(l.getLineNo(), l.terms().item(), l.terms().unit(), in, out, in.subtract(out));
        }).toList();
    }

    public int idleDays() {
        return idleDays;
    }

    /**
     * @throws Rejected naming the field that breaks a rule, e.g. {@code quantity} for more than is in stock
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public DistributionView handOver(long contractId, Handover h) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new Rejected("line", "procurement.contract.rule.unknown");
        }
        List<ContractLine> lines = contract.current().getLines();
        BigDecimal inStock = BigDecimal.ZERO;
        if (h.lineIndex() != null && h.lineIndex() >= 0 && h.lineIndex() < lines.size()) {
            int lineNo = lines.get(h.lineIndex()).getLineNo();
            inStock = Delivered.byLine(em, contractId).getOrDefault(lineNo, BigDecimal.ZERO)
                    .subtract(distributedByLine(contractId).getOrDefault(lineNo, BigDecimal.ZERO));
        }
        Distribution distribution;
        try {
            distribution = Distribution.handOver(contract, h.lineIndex(), inStock, isApparatus(contract), h.recipientKind(),
                    h.recipientName(), h.quantity(), h.handedOn(), me(), Moments.now(), Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(distribution);
        em.flush();
        destination(distribution.getRecipientKind()).ifPresent(destination -> handedOver.fire(new EquipmentHandedOver(
                distribution.getId(), destination, distribution.getRecipientName(), distribution.getItem(),
                distribution.getQuantity(), distribution.getUnit(), distribution.getHandedOn())));
        return view(distribution, Moments.today());
    }

    /** @throws Rejected (field {@code putIntoUseOn}) for no apparatus, a second confirmation or an impossible day */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public DistributionView confirmInUse(long distributionId, long expectedVersion, LocalDate on) {
        Distribution distribution = em.find(Distribution.class, distributionId);
        if (distribution == null) {
            throw new Rejected("putIntoUseOn", "procurement.distribution.rule.unknown");
        }
        if (distribution.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Distribution " + distributionId + " changed since it was read");
        }
        try {
            distribution.confirmInUse(on, Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return view(distribution, Moments.today());
    }

    /** Apparatus idle for more than the configured days: in stock since its last delivery, or handed over and not in use. */
    public List<IdleEquipment> idle() {
        LocalDate today = Moments.today();
        List<IdleEquipment> idle = new ArrayList<>();
        List<Contract> apparatus = em.createQuery("SELECT c FROM Contract c, BudgetLine l WHERE c.budgetLineId = l.id "
                + "AND l.category = :apparatus ORDER BY c.signedOn, c.id", Contract.class)
                .setParameter("apparatus", BudgetCategory.MEDICAL_APPARATUS).getResultList();
        for (Contract contract : apparatus) {
            Map<Integer, LocalDate> lastDelivery = lastDeliveryByLine(contract.getId());
            for (Stock s : stock(contract.getId())) {
                LocalDate since = lastDelivery.get(s.lineNo());
                if (s.inStock().signum() > 0 && since != null && today.isAfter(since.plusDays(idleDays))) {
                    idle.add(new IdleEquipment(contract.getId(), contract.getNumber(), s.item(), s.unit(), s.inStock(), since,
                            null, true));
                }
            }
            for (Distribution d : em.createQuery("SELECT d FROM Distribution d WHERE d.contractId = :contract ORDER BY d.handedOn",
                    Distribution.class).setParameter("contract", contract.getId()).getResultList()) {
                if (d.isIdle(today, idleDays)) {
                    idle.add(new IdleEquipment(contract.getId(), contract.getNumber(), d.getItem(), d.getUnit(), d.getQuantity(),
                            d.getHandedOn(), d.getRecipientName(), false));
                }
            }
        }
        return idle;
    }

    private boolean isApparatus(Contract contract) {
        return em.find(BudgetLine.class, contract.getBudgetLineId()).getCategory() == BudgetCategory.MEDICAL_APPARATUS;
    }

    private Map<Integer, BigDecimal> distributedByLine(long contractId) {
        var sums = new HashMap<Integer, BigDecimal>();
        em.createQuery("SELECT d.lineNo, SUM(d.quantity) FROM Distribution d WHERE d.contractId = :contract GROUP BY d.lineNo",
                Object[].class).setParameter("contract", contractId).getResultList()
                .forEach(r -> sums.put(((Number) r[0]).intValue(), (BigDecimal) r[1]));
        return sums;
    }

    private Map<Integer, LocalDate> lastDeliveryByLine(long contractId) {
        var last = new HashMap<Integer, LocalDate>();
        em.createQuery("SELECT l.lineNo, MAX(d.deliveredOn) FROM DeliveryLine l JOIN l.delivery d WHERE d.contractId = :contract "
                + "GROUP BY l.lineNo", Object[].class).setParameter("contract", contractId).getResultList()
                .forEach(r -> last.put(((Number) r[0]).intValue(), (LocalDate) r[1]));
        return last;
    }

    private static Optional<EquipmentHandedOver.Destination> destination(RecipientKind kind) {
        return switch (kind) {
            case TEST_SITE -> Optional.of(EquipmentHandedOver.Destination.TEST_SITE);
            case AID_CENTRE -> Optional.of(EquipmentHandedOver.Destination.AID_CENTRE);
            default -> Optional.empty();
        };
    }

    private DistributionView view(Distribution d, LocalDate today) {
        return new DistributionView(d.getId(), d.getVersion(), d.getLineNo(), d.getItem(), d.getUnit(), d.isApparatus(),
                d.getRecipientKind(), d.getRecipientName(), d.getQuantity(), d.getHandedOn(), d.getPutIntoUseOn().orElse(null),
                d.isIdle(today, idleDays));
    }



    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
