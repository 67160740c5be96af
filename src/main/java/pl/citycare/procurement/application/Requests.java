package pl.citycare.procurement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.Flag;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestEvent;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.procurement.domain.request.SplitOrders;
import pl.citycare.procurement.domain.request.ValueEstimate;
import pl.citycare.procurement.domain.threshold.Threshold;
import pl.citycare.procurement.domain.threshold.ThresholdDictionary;
import pl.citycare.procurement.domain.threshold.ThresholdsOn;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Wnioski i zatwierdzanie: a procurement clerk submits a request; an approver who did not submit it
 * approves it or rejects it with a reason. The rule holds for a person holding both roles, here and in
 * the database. Every request is shown with its flags: a basis that does not fit the value against the
 * thresholds of its start date, a possible split order, a missing or late BIP publication. Auditors read
 * everything.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Requests {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Thresholds thresholds;

    /** Days a COVID-19 act purchase has for its BIP publication, counted from the procedure's start. */
    @Inject
    @ConfigProperty(name = "citycare.procurement.bip-days", defaultValue = "30")
    private int bipDays;

    /**
     * A request as lists and its page show it, with what the approver should look at ({@code flags}) and,
     * for a possible split order, the other requests of its group.
     */
    public record RequestView(long id, long version, String subject, Cpv cpv, BudgetCategory line, ValueEstimate estimate,
                              LegalBasis legalBasis, LocalDate startDate, RequestStatus status, String requestedBy,
                              Instant requestedAt, String decidedBy, String rejectionReason, LocalDate bipPublishedOn,
                              LocalDate bipDueOn, List<Flag> flags, List<Long> splitWith) {

        public Money estimatedNet() {
            return estimate.net();
        }
    }

    /** One step of a request's history. */
    public record Step(RequestStatus status, String actor, Instant at, String reason) {
    }

    /** What the clerk fills in; without a rate, the official rate of the start date's period is taken. */
    public record Submission(String subject, Cpv cpv, Long budgetLineId, Money estimatedNet, BigDecimal eurRate,
                             LegalBasis legalBasis, LocalDate startDate) {
    }

    /** What the form shows while the clerk types: the thresholds of the start date and the flags so far. */
    public record Assessment(BigDecimal eurRate, Money nationalThreshold, Money euThreshold, List<Flag> flags) {
    }

    /** One page of requests, optionally of one status, newest first. */
    public List<RequestView> search(RequestStatus status, int first, int max) {
        return views(list(status).sortedBy(Sort.desc("requestedAt"), Sort.desc("id")).page(first, max));
    }

    public long count(RequestStatus status) {
        return list(status).count();
    }

    private ListQuery<ProcurementRequest> list(RequestStatus status) {
        return ListQuery.of(em, ProcurementRequest.class).equalIfPresent("status", status);
    }

    public Optional<RequestView> request(long id) {
        return Optional.ofNullable(em.find(ProcurementRequest.class, id)).map(this::view);
    }

    /** The thresholds of {@code startDate} and the flags {@code basis} would raise for {@code net}, before submitting. */
    public Assessment assess(LocalDate startDate, Money net, LegalBasis basis) {
        ThresholdsOn on = thresholds.on(startDate);
        List<Flag> flags = net == null || basis == null ? List.of() : on.flags(net, basis);
        return new Assessment(on.eurRate().orElse(null), on.national().map(Threshold::inPln).orElse(null),
                on.eu().map(Threshold::inPln).orElse(null), flags);
    }

    /** Possible split orders among the requests of the given year. */
    public List<SplitOrders.Group> splitOrders(int year) {
        return splitOrders(Set.of(year), thresholds.dictionary());
    }

    public List<Step> history(long id) {
        return em.createQuery("SELECT e FROM RequestEvent e WHERE e.requestId = :id ORDER BY e.at, e.id", RequestEvent.class)
                .setParameter("id", id).getResultStream()
                .map(e -> new Step(e.getStatus(), e.getActor(), e.getAt(), e.getReason().orElse(null))).toList();
    }

    /** @throws Rejected naming the field that breaks a rule */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public RequestView submit(Submission s) {
        BudgetLine line = s.budgetLineId() == null ? null : em.find(BudgetLine.class, s.budgetLineId());
        if (line == null) {
            throw new Rejected("budgetLine", "procurement.request.rule.line");
        }
        Instant now = Moments.now();
        ProcurementRequest request;
        try {
            BigDecimal rate = s.eurRate() != null || s.startDate() == null ? s.eurRate()
                    : thresholds.on(s.startDate()).eurRate().orElse(null);
            request = ProcurementRequest.submit(s.subject(), s.cpv(), line.getId(), new ValueEstimate(s.estimatedNet(), rate),
                    s.legalBasis(), s.startDate(), me(), now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(request);
        em.flush();
        em.persist(RequestEvent.of(request, me(), now));
        return view(request);
    }

    /**
     * Records the day a COVID-19 act purchase was published in BIP.
     *
     * @throws Rejected (field {@code bipPublishedOn}) for another basis, a rejected request or an impossible day
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public RequestView recordBipPublication(long id, long expectedVersion, LocalDate publishedOn) {
        ProcurementRequest request = current(id, expectedVersion);
        try {
            request.recordBipPublication(publishedOn, Moments.today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return view(request);
    }

    /** @throws Rejected for one's own request or one already decided */
    @RolesAllowed(Role.Names.PROCUREMENT_APPROVER)
    public RequestView approve(long id, long expectedVersion) {
        ProcurementRequest request = current(id, expectedVersion);
        Instant now = Moments.now();
        try {
            request.approve(me(), now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(RequestEvent.of(request, me(), now));
        em.flush();
        return view(request);
    }

    /** @throws Rejected without a reason, for one's own request or one already decided */
    @RolesAllowed(Role.Names.PROCUREMENT_APPROVER)
    public RequestView reject(long id, long expectedVersion, String reason) {
        ProcurementRequest request = current(id, expectedVersion);
        Instant now = Moments.now();
        try {
            request.reject(me(), reason, now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(RequestEvent.of(request, me(), now));
        em.flush();
        return view(request);
    }

    /** A budget line a request can be charged to. */
    public record LineOption(long id, BudgetCategory category) {
    }

    public List<LineOption> lines() {
        return em.createQuery("SELECT l FROM BudgetLine l ORDER BY l.fundId, l.category", BudgetLine.class).getResultStream()
                .map(l -> new LineOption(l.getId(), l.getCategory())).toList();
    }

    private ProcurementRequest current(long id, long expectedVersion) {
        ProcurementRequest request = em.find(ProcurementRequest.class, id);
        if (request == null) {
            throw new Rejected("decision", "procurement.request.rule.unknown");
        }
        if (request.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Request " + id + " changed since it was read");
        }
        return request;
    }

    private RequestView view(ProcurementRequest r) {
        return views(List.of(r)).get(0);
    }

    /** Views of some requests, flagged with one read of the thresholds and one of their years' split-order candidates. */
    private List<RequestView> views(List<ProcurementRequest> requests) {
        ThresholdDictionary dictionary = thresholds.dictionary();
        Set<Integer> years = requests.stream().map(r -> r.getStartDate().getYear()).collect(Collectors.toSet());
        Map<Long, List<Long>> splitWith = new HashMap<>();
        for (SplitOrders.Group group : splitOrders(years, dictionary)) {
            group.requestIds().forEach(id -> splitWith.put(id, group.requestIds().stream().filter(o -> !o.equals(id)).toList()));
        }
        LocalDate today = Moments.today();
        return requests.stream().map(r -> {
            List<Flag> flags = new ArrayList<>(r.getStatus() == RequestStatus.REJECTED ? List.of()
                    : dictionary.on(r.getStartDate()).flags(r.getEstimatedNet(), r.getLegalBasis()));
            List<Long> partners = splitWith.getOrDefault(r.getId(), List.of());
            if (!partners.isEmpty()) {
                flags.add(Flag.POSSIBLE_SPLIT_ORDER);
            }
            r.bipFlag(today, bipDays).ifPresent(flags::add);
            BudgetLine line = em.find(BudgetLine.class, r.getBudgetLineId());
            return new RequestView(r.getId(), r.getVersion(), r.getSubject(), r.getCpv(), line.getCategory(), r.getEstimate(),
                    r.getLegalBasis(), r.getStartDate(), r.getStatus(), r.getRequestedBy(), r.getRequestedAt(),
                    r.getDecidedBy().orElse(null), r.getRejectionReason().orElse(null), r.getBipPublishedOn().orElse(null),
                    r.bipDueOn(bipDays).orElse(null), List.copyOf(flags), partners);
        }).toList();
    }

    /** Below-threshold requests still in play in {@code years}, each below its threshold, grouped into candidates. */
    private List<SplitOrders.Group> splitOrders(Set<Integer> years, ThresholdDictionary dictionary) {
        if (years.isEmpty()) {
            return List.of();
        }
        int from = years.stream().min(Integer::compare).orElseThrow();
        int to = years.stream().max(Integer::compare).orElseThrow();
        List<SplitOrders.Candidate> candidates = em.createQuery("SELECT r FROM ProcurementRequest r WHERE r.legalBasis = :basis "
                        + "AND r.status <> :rejected AND r.startDate BETWEEN :from AND :to", ProcurementRequest.class)
                .setParameter("basis", LegalBasis.BELOW_NATIONAL_THRESHOLD).setParameter("rejected", RequestStatus.REJECTED)
                .setParameter("from", LocalDate.of(from, 1, 1)).setParameter("to", LocalDate.of(to, 12, 31))
                .getResultStream()
                .filter(r -> years.contains(r.getStartDate().getYear()))
                .flatMap(r -> {
                    ThresholdsOn on = dictionary.on(r.getStartDate());
                    return on.isBelowNational(r.getEstimatedNet())
                            ? Stream.of(new SplitOrders.Candidate(r.getId(), r.getCpv(), r.getStartDate(), r.getEstimatedNet(),
                            on.national().orElseThrow().inPln()))
                            : Stream.empty();
                }).toList();
        return SplitOrders.find(candidates);
    }


    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
