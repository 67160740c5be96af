package pl.citycare.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other mapper answers: a problem description instead of the HTML error page, so a laboratory's
 * system can tell "try again later" from "your request is wrong". The database being away (its connections
 * refused, say while PostgreSQL restarts) is {@code 503} with {@code Retry-After}; a record changed by another
 * request at the same moment is {@code 409}; anything else {@code 500}. A connection lost during the commit is
 * {@code 503} too; its outcome is in doubt, so no answer claims that nothing was kept. Each carries the request
 * number the log has the cause under; none carries the cause itself.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException answered) {
            return answered.getResponse(); // 404, 405, 415 ... as JAX-RS made them
        }
        Object requestId = request == null ? null : request.getAttribute("citycare.requestId");
        String reference = " Request number: " + requestId + ".";
        if (causedBy(failure, OptimisticLockException.class) || causedBy(failure, ECLIPSELINK_OPTIMISTIC_LOCK)) {
            LOG.log(Level.INFO, "API request " + requestId + " met a concurrent change", failure);
            return Problems.of(Response.Status.CONFLICT, "concurrent-change", "Changed at the same moment",
                    "Another request changed the same record at the same moment; send this request again." + reference);
        }
        if (causedBy(failure, SQLException.class) || causedBy(failure, PersistenceException.class)
                || causedBy(failure, "jakarta.transaction.SystemException") || causedBy(failure, "javax.transaction.xa.XAException")) {
            // A connection lost at the commit leaves the outcome in doubt (DatabaseOutageFault saw one such commit
            // land): the answer says to send again, not that nothing was kept. Lab results are idempotent.
            LOG.log(Level.WARNING, "API request " + requestId + " failed on the database", failure);
            Response unavailable = Problems.of(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable",
                    "Database unavailable", "CityCare lost its database while carrying out this request. "
                            + "Send it again in a few seconds." + reference);
            return Response.fromResponse(unavailable).header("Retry-After", "10").build();
        }
        LOG.log(Level.SEVERE, "API request " + requestId + " failed", failure);
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "server-error", "Server error",
                "The request could not be carried out." + reference);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return causedBy(failure, type.getName()) || chain(failure).anyMatch(type::isInstance);
    }

    /** By name: EclipseLink's own exception, thrown at commit, is not the Jakarta Persistence one. */
    private static boolean causedBy(Throwable failure, String typeName) {
        return chain(failure).anyMatch(t -> t.getClass().getName().equals(typeName));
    }

    private static java.util.stream.Stream<Throwable> chain(Throwable failure) {
        return java.util.stream.Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }
}
