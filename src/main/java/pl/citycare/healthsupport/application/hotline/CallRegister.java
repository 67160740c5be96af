package pl.citycare.healthsupport.application.hotline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.healthsupport.domain.hotline.HotlineCall;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rejestr rozmów linii wsparcia: every call of the hotline as the coordinator supervises the line (who took it, when,
 * how long, the risk and the outcome). It shows no summary and no caller's name or phone: those stay with the
 * psychologists who take the calls.
 */
@Stateless
@RolesAllowed(Role.Names.HEALTH_COORDINATOR)
public class CallRegister {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** The columns a clerk may sort by: column → attribute. */
    public static final Map<String, String> SORTABLE = Map.of("startedAt", "startedAt", "duration", "durationMinutes",
            "psychologist", "psychologist", "risk", "riskLevel");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** The calls the coordinator asks for; any part may be empty. Days are Warsaw's, both included. */
    public record CallFilter(LocalDate from, LocalDate to, RiskLevel risk, CallOutcome outcome, String psychologist)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public static CallFilter none() {
            return new CallFilter(null, null, null, null, null);
        }
    }

    /** One call in the register. */
    public record CallRow(long id, Instant startedAt, int durationMinutes, String psychologist, ContactType contactType,
                          District district, AgeBand ageBand, RiskLevel riskLevel, CallOutcome outcome,
                          boolean emergencyAction) implements Serializable {

        private static final long serialVersionUID = 1L;

        static CallRow of(HotlineCall c) {
            return new CallRow(c.getId(), c.getStartedAt(), c.getDurationMinutes(), c.getPsychologist(), c.getContactType(),
                    c.getDistrict().orElse(null), c.getAgeBand(), c.getRiskLevel(), c.getOutcome(),
                    c.getEmergencyAction().isPresent());
        }
    }

    /** One page of the calls, newest first unless sorted otherwise. */
    public List<CallRow> search(CallFilter filter, List<Sort> order, int first, int max) {
        var sorts = new ArrayList<>(order.isEmpty() ? List.of(Sort.desc("startedAt")) : order);
        sorts.add(Sort.desc("id"));
        return list(filter).sortedBy(sorts.toArray(Sort[]::new)).page(first, max).stream().map(CallRow::of).toList();
    }

    public long count(CallFilter filter) {
        return list(filter).countUpTo(ListQuery.COUNT_LIMIT);
    }

    private ListQuery<HotlineCall> list(CallFilter filter) {
        String psychologist = filter.psychologist() == null ? "" : filter.psychologist().strip();
        return ListQuery.of(em, HotlineCall.class)
                .whereIf(filter.from() != null, (cb, root) -> cb.greaterThanOrEqualTo(root.get("startedAt"),
                        filter.from().atStartOfDay(WARSAW).toInstant()))
                .whereIf(filter.to() != null, (cb, root) -> cb.lessThan(root.get("startedAt"),
                        filter.to().plusDays(1).atStartOfDay(WARSAW).toInstant()))
                .equalIfPresent("riskLevel", filter.risk())
                .equalIfPresent("outcome", filter.outcome())
                .equalIfPresent("psychologist", psychologist.isEmpty() ? null : psychologist);
    }
}
