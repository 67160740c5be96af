package pl.citycare.shared.audit;

import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.sql.Connection;

/**
 * EclipseLink's hook at the end of a unit of work: after the last SQL of the transaction, just before
 * the database commit, the audit events the transaction collected are chained on the very connection
 * its changes went to (registered in persistence.xml as {@code eclipselink.session-event-listener}).
 * <p>
 * The event is raised once per commit, also when the changes were flushed earlier, so a transaction
 * that flushes twice still takes the chain lock once, at the end.
 */
public class AuditChainWriter extends SessionEventAdapter {

    private volatile AuditTrail trail;

    @Override
    public void preCommitTransaction(SessionEvent event) {
        AbstractSession session = (AbstractSession) event.getSession();
        if (!session.isClientSession()) {
            return; // only a client session writes a transaction's changes
        }
        Connection connection = session.getAccessor().getConnection();
        AuditTrail found = trail;
        if (found == null) {
            found = CDI.current().select(AuditTrail.class).get(); // an application-scoped proxy: kept, not looked up per commit
            trail = found;
        }
        found.writePending(connection);
    }
}
