package pl.citycare.healthsupport.application.hotline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.hotline.CallFacts;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.Callback;
import pl.citycare.healthsupport.domain.hotline.CallerCode;
import pl.citycare.healthsupport.domain.hotline.CallerLink;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.healthsupport.domain.hotline.EmergencyAction;
import pl.citycare.healthsupport.domain.hotline.HotlineCall;
import pl.citycare.healthsupport.domain.hotline.ReturningCaller;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rejestr rozmów: the hotline psychologist logs each call. A psychologist reads back their own calls, and
 * a returning caller's earlier calls when the caller gives their code.
 */
@Stateless
@RolesAllowed(Role.Names.HOTLINE_PSYCHOLOGIST)
public class HotlineCalls {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** The most earlier calls a history shows. */
    static final int HISTORY_LIMIT = 50;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private CallDrafts drafts;

    /** A logged call: its number, and the returning caller's code when the call has one. */
    public record LoggedCall(long number, String callerCode) {
    }

    /** An earlier call of a returning caller, as the next psychologist reads it. */
    public record EarlierCall(Instant startedAt, int durationMinutes, ContactType contactType, RiskLevel riskLevel,
                              CallOutcome outcome, EmergencyAction emergencyAction, String summary, String psychologist) {

        static EarlierCall of(HotlineCall c) {
            return new EarlierCall(c.getStartedAt(), c.getDurationMinutes(), c.getContactType(), c.getRiskLevel(),
                    c.getOutcome(), c.getEmergencyAction().orElse(null), c.getSummary().orElse(null), c.getPsychologist());
        }
    }

    /**
     * Logs an anonymous call taken by the caller (the signed-in psychologist).
     *
     * @return the call's number
     * @throws Rejected naming the field and the rule the facts break; nothing is saved
     */
    public long log(CallFacts facts) {
        return log(facts, CallerLink.none()).number();
    }

    /**
     * Logs a call, linked to a returning caller when the caller agreed to a code or gave theirs.
     *
     * @throws Rejected naming the field and the rule broken (an unknown caller code included); nothing is saved
     */
    public LoggedCall log(CallFacts facts, CallerLink link) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        HotlineCall call;
        try {
            call = HotlineCall.log(psychologist(), facts, now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        ReturningCaller caller = switch (link.kind()) {
            case NONE -> null;
            case NEW_CODE -> newCaller(now);
            case EXISTING_CODE -> known(link.typedCode());
        };
        if (caller != null) {
            call.linkTo(caller);
        }
        em.persist(call);
        if (facts.callbackAt() != null) {
            em.persist(new Callback(call, facts.callbackAt()));
        }
        em.flush();
        drafts.discard(); // the call is saved: its draft has served (same caller, same transaction)
        return new LoggedCall(call.getId(), caller == null ? null : caller.getId());
    }

    /**
     * A returning caller's earlier calls, newest first, summaries included, for any hotline psychologist
     * the caller gives their code to. The reading is recorded in the audit trail.
     *
     * @throws Rejected for a code nobody has (field {@code callerCode})
     */
    public List<EarlierCall> history(String typedCode) {
        ReturningCaller caller = known(typedCode);
        auditTrail.recordRead("ReturningCaller", caller.getId());
        return em.createQuery("SELECT c FROM HotlineCall c WHERE c.callerCode = :code ORDER BY c.startedAt DESC, c.id DESC",
                        HotlineCall.class)
                .setParameter("code", caller.getId()).setMaxResults(HISTORY_LIMIT).getResultStream()
                .map(EarlierCall::of).toList();
    }

    private ReturningCaller newCaller(Instant now) {
        String code;
        do {
            code = CallerCode.generate();
        } while (em.find(ReturningCaller.class, code) != null);
        var caller = new ReturningCaller(code, now, psychologist());
        em.persist(caller);
        em.flush(); // written before the call that refers to it (EclipseLink sees no relationship to order them by)
        return caller;
    }

    private ReturningCaller known(String typedCode) {
        ReturningCaller caller = CallerCode.parse(typedCode).map(code -> em.find(ReturningCaller.class, code)).orElse(null);
        if (caller == null) {
            throw new Rejected("callerCode", "health.call.rule.unknownCallerCode");
        }
        return caller;
    }

    /** The caller's own latest calls, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<HotlineCall> myRecentCalls(int limit) {
        return em.createQuery("SELECT c FROM HotlineCall c WHERE c.psychologist = :me ORDER BY c.startedAt DESC, c.id DESC",
                        HotlineCall.class)
                .setParameter("me", psychologist())
                .setMaxResults(limit)
                .getResultList();
    }

    private String psychologist() {
        return session.getCallerPrincipal().getName();
    }
}
