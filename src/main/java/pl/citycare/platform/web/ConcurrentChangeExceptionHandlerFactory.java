package pl.citycare.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import pl.citycare.platform.i18n.Messages;

import java.util.Iterator;

/**
 * Turns an optimistic-locking conflict anywhere in a page action into the message
 * "someone else changed this record, reload" on the same page, with the clerk's input kept,
 * instead of an error page. Other exceptions go on to OmniFaces' handler and the error pages.
 */
public class ConcurrentChangeExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConcurrentChangeExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (isConcurrentChange(failure)) {
                    events.remove();
                    Messages.add(null, FacesMessage.SEVERITY_WARN, "error.concurrentChange");
                    FacesContext.getCurrentInstance().validationFailed();
                }
            }
            getWrapped().handle();
        }
    }
}
