package pl.citycare.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.concurrent.Callable;

/**
 * What in-container tests reach for inside Payara Micro: beans, the data source and transactions.
 * Test interfaces have no fields to inject into, so they look things up here.
 */
public final class Beans {

    private Beans() {
    }

    public static <T> T get(Class<T> type) {
        return CDI.current().select(type).get();
    }

    public static DataSource dataSource() {
        return lookup(CityCareDataSource.JNDI_NAME);
    }

    public static UserTransaction transaction() {
        return lookup("java:comp/UserTransaction");
    }

    /**
     * Runs the work in a transaction of its own and commits it; a failure rolls it back and is rethrown.
     * Inside a transaction already begun, the work simply joins it.
     */
    public static <T> T inTransaction(Callable<T> work) throws Exception {
        UserTransaction tx = transaction();
        if (tx.getStatus() == Status.STATUS_ACTIVE) {
            return work.call();
        }
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } finally {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
    }

    /** The failure and each of its causes, outermost first. */
    public static java.util.List<Throwable> causes(Throwable failure) {
        var chain = new java.util.ArrayList<Throwable>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Not found in the container: " + name, e);
        }
    }
}
