package pl.citycare.healthsupport.application.hotline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.hotline.CallFacts;
import pl.citycare.healthsupport.domain.hotline.Callback;
import pl.citycare.healthsupport.domain.hotline.HotlineCall;
import pl.citycare.healthsupport.domain.hotline.HotlineCallRuleViolation;
import pl.citycare.platform.security.domain.Role;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rejestr rozmów: the hotline psychologist logs each call. A psychologist reads back their own calls only.
 */
@Stateless
@RolesAllowed(Role.Names.HOTLINE_PSYCHOLOGIST)
public class HotlineCalls {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /**
     * Logs a call taken by the caller (the signed-in psychologist).
     *
     * @return the call's number
     * @throws CallRejected naming the field and the rule the facts break; nothing is saved
     */
    public long log(CallFacts facts) {
        HotlineCall call;
        try {
            call = HotlineCall.log(psychologist(), facts, Instant.now().truncatedTo(ChronoUnit.MICROS));
        } catch (HotlineCallRuleViolation violation) {
            throw new CallRejected(violation.field(), violation.messageKey());
        }
        em.persist(call);
        if (facts.callbackAt() != null) {
            em.persist(new Callback(call, facts.callbackAt()));
        }
        em.flush();
        return call.getId();
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
