package pl.citycare.platform.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.audit.AuditChainVerifier;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.shared.audit.ChainVerification;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;
import java.util.List;

/**
 * Przegląd śladu audytowego: the audit trail as an auditor reads and verifies it. The only way into the
 * trail's reading side, so that only auditors get there, whatever page or endpoint asks.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrailReading {

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    /**
     * @param entityType only events of this record type, or null for all
     * @param entityId   only events of this record, or null for all
     */
    public List<AuditEventView> newest(String entityType, String entityId, int offset, int limit) {
        return new AuditEventQuery(dataSource).newest(entityType, entityId, offset, limit);
    }

    /** Record types present in the trail, for the filter. */
    public List<String> entityTypes() {
        return new AuditEventQuery(dataSource).entityTypes();
    }

    /** Recomputes every hash of the chain and names the first broken link. */
    public ChainVerification verify() {
        return new AuditChainVerifier(dataSource).verify();
    }
}
