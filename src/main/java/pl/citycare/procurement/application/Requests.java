package pl.citycare.procurement.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestEvent;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Wnioski i zatwierdzanie: a procurement clerk submits a request; an approver who did not submit it
 * approves it or rejects it with a reason. The rule holds for a person holding both roles, here and in
 * the database. Auditors read everything.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Requests {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** A request as lists and its page show it. */
    public record RequestView(long id, long version, String subject, Cpv cpv, BudgetCategory line, Money estimatedNet,
                              LegalBasis legalBasis, RequestStatus status, String requestedBy, Instant requestedAt,
                              String decidedBy, String rejectionReason) {
    }

    /** One step of a request's history. */
    public record Step(RequestStatus status, String actor, Instant at, String reason) {
    }

    /** What the clerk fills in. */
    public record Submission(String subject, Cpv cpv, Long budgetLineId, Money estimatedNet, LegalBasis legalBasis) {
    }

    /** One page of requests, optionally of one status, newest first. */
    public List<RequestView> search(RequestStatus status, int first, int max) {
        return list(status).sortedBy(Sort.desc("requestedAt"), Sort.desc("id")).page(first, max).stream()
                .map(this::view).toList();
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
        Instant now = now();
        ProcurementRequest request;
        try {
            request = ProcurementRequest.submit(s.subject(), s.cpv(), line.getId(), s.estimatedNet(), s.legalBasis(), me(), now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(request);
        em.flush();
        em.persist(RequestEvent.of(request, me(), now));
        return view(request);
    }

    /** @throws Rejected for one's own request or one already decided */
    @RolesAllowed(Role.Names.PROCUREMENT_APPROVER)
    public RequestView approve(long id, long expectedVersion) {
        ProcurementRequest request = current(id, expectedVersion);
        Instant now = now();
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
        Instant now = now();
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
        BudgetLine line = em.find(BudgetLine.class, r.getBudgetLineId());
        return new RequestView(r.getId(), r.getVersion(), r.getSubject(), r.getCpv(), line.getCategory(), r.getEstimatedNet(),
                r.getLegalBasis(), r.getStatus(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy().orElse(null),
                r.getRejectionReason().orElse(null));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
