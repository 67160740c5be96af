package pl.citycare.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.audit.application.AuditTrailReading;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.shared.audit.ChainVerification;

import java.io.Serializable;
import java.util.List;

/** Przegląd śladu audytowego: the auditor's view of the trail, with chain verification. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    private AuditTrailReading trail;

    private String entityType;
    private String entityId;
    private List<AuditEventView> events;
    private List<String> entityTypes;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        entityTypes = trail.entityTypes();
        search();
    }

    public void search() {
        events = trail.newest(entityType, entityId, 0, PAGE);
    }

    public void verify() {
        verification = trail.verify();
    }

    /** The verification result as a sentence: intact with the count, or the first broken link. */
    public String getVerificationMessage() {
        if (verification == null) {
            return null;
        }
        return verification.intact()
                ? Messages.text("audit.verify.intact", verification.eventsChecked())
                : Messages.text("audit.verify.broken." + verification.problem(), verification.brokenAtSeq());
    }

    public List<AuditEventView> getEvents() {
        return events;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
