package pl.citycare.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.DisplayFormat;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.audit.application.AuditTrailReading;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.shared.audit.ChainVerification;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Przegląd śladu audytowego: the auditor's view of the trail, with chain verification. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    private AuditTrailReading trail;

    @Inject
    private DisplayFormat format;

    /** Field names whose values are amounts of money, shown in PLN. */
    private static final Pattern MONEY_FIELD = Pattern.compile("(?i).*(net|vat|gross|amount|planned|price|total)$");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

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

    /** An event's changes, field by field, in the order the trail keeps them (by name). */
    public List<ChangeRows.ChangeRow> changes(AuditEventView event) {
        return ChangeRows.of(event.changes());
    }

    /** A field's name in the reader's language where the bundle has it, else as the trail names it. */
    public String fieldLabel(String field) {
        return Messages.has("audit.field." + field) ? Messages.text("audit.field." + field) : field;
    }

    /** A value as the reader expects it: money in PLN, moments in Europe/Warsaw, nothing as a dash. */
    public String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        if (INSTANT.matcher(value).matches()) {
            return format.dateTime(Instant.parse(value));
        }
        if (MONEY_FIELD.matcher(field).matches() && DECIMAL.matcher(value).matches()) {
            return format.pln(new BigDecimal(value));
        }
        return value;
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
