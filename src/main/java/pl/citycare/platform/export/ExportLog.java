package pl.citycare.platform.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;

/**
 * Rejestr eksportów: every download of a list, report or form is an event of the audit trail (entity
 * {@code Export}, the page and download as its id), committed on its own before the file is made, so an
 * auditor's session (and anyone's) leaves a record of what was taken away.
 */
@Stateless
@PermitAll // whoever may open the page may download from it; the page's own guard decides that
public class ExportLog {

    /** The trail's identifier column holds at most this much. */
    static final int WHAT_MAX = 100;

    @Inject
    private AuditTrail auditTrail;

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    /** The audit chain's head now, {@code last_seq:last_hash}, for a printed list's {@link Provenance}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String chainHead() {
        return new AuditEventQuery(dataSource).head();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String what) {
        auditTrail.recordRead("Export", what.length() > WHAT_MAX ? what.substring(what.length() - WHAT_MAX) : what);
    }
}
