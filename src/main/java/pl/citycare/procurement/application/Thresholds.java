package pl.citycare.procurement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.threshold.Threshold;
import pl.citycare.procurement.domain.threshold.ThresholdDictionary;
import pl.citycare.procurement.domain.threshold.ThresholdKind;
import pl.citycare.procurement.domain.threshold.ThresholdsOn;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Słownik progów: the threshold periods. Procurement staff and auditors read them; an administrator
 * adds the next period of a kind, which ends the current one the day before, so periods of one kind
 * never overlap and never leave a gap.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR, Role.Names.ADMIN})
public class Thresholds {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** One period as the dictionary page shows it. */
    public record PeriodView(long id, ThresholdKind kind, LocalDate validFrom, LocalDate validTo, Money amount,
                             BigDecimal eurRate, Money inPln) {
    }

    /** Every period, by kind, newest first. */
    public List<PeriodView> periods() {
        return all().stream().sorted(Comparator.comparing(Threshold::getKind)
                        .thenComparing(Threshold::getValidFrom, Comparator.reverseOrder()))
                .map(Thresholds::view).toList();
    }

    /** The thresholds valid on a procedure's start date. */
    public ThresholdsOn on(LocalDate date) {
        return dictionary().on(date);
    }

    /** Every period, for checking many requests with one read. */
    public ThresholdDictionary dictionary() {
        return new ThresholdDictionary(all());
    }

    /**
     * Adds the period of {@code kind} starting {@code validFrom}, ending the current one the day before.
     *
     * @throws Rejected naming the field that breaks a rule, e.g. a start not after the current period's
     */
    @RolesAllowed(Role.Names.ADMIN)
    public PeriodView addPeriod(ThresholdKind kind, LocalDate validFrom, Money amount, BigDecimal eurRate) {
        try {
            Threshold next = Threshold.from(kind, validFrom, amount, eurRate);
            // Two administrators adding periods of one kind take turns on its latest period's row.
            latest(kind).ifPresent(current -> {
                em.lock(current, LockModeType.PESSIMISTIC_WRITE);
                current.endBefore(validFrom);
            });
            em.persist(next);
            em.flush();
            return view(next);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
    }

    private Optional<Threshold> latest(ThresholdKind kind) {
        return em.createQuery("SELECT t FROM Threshold t WHERE t.kind = :kind ORDER BY t.validFrom DESC", Threshold.class)
                .setParameter("kind", kind).setMaxResults(1).getResultStream().findFirst();
    }

    private List<Threshold> all() {
        return em.createQuery("SELECT t FROM Threshold t", Threshold.class).getResultList();
    }

    private static PeriodView view(Threshold t) {
        return new PeriodView(t.getId(), t.getKind(), t.getValidFrom(), t.getValidTo().orElse(null), t.getAmount(),
                t.getEurRate().orElse(null), t.inPln());
    }
}
