package pl.citycare.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentChangeExceptionHandlerFactoryTest {

    @Test
    void recognisesAConflictWrappedByTheContainer() {
        var rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException("version 3 expected"));
        var failure = new FacesException(new EJBException(rollback));

        assertThat(ConcurrentChangeExceptionHandlerFactory.isConcurrentChange(failure)).isTrue();
    }

    @Test
    void leavesOtherFailuresToTheErrorPages() {
        var failure = new FacesException(new EJBException(new IllegalStateException("database down")));

        assertThat(ConcurrentChangeExceptionHandlerFactory.isConcurrentChange(failure)).isFalse();
        assertThat(ConcurrentChangeExceptionHandlerFactory.isConcurrentChange(null)).isFalse();
    }
}
