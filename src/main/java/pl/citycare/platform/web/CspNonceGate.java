package pl.citycare.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Checks a postback's CSP nonce as soon as its view is restored, before any value is applied or action run.
 * <p>
 * PrimeFaces compares the posted nonce with the view's only when it first needs the nonce, which is while
 * rendering the answer: a post without it was refused with 400, but only after its action had already saved
 * (found by {@code SessionSecurityBrowserTests}). Asking for the nonce here makes that comparison happen first;
 * a mismatch ends the request with the same 400 page {@link RejectedPostbackFilter} writes.
 */
public class CspNonceGate implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null
                || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce(); // throws on a missing or different nonce
        } catch (CspException forged) {
            try {
                RejectedPostbackFilter.refuse((HttpServletRequest) context.getExternalContext().getRequest(),
                        (HttpServletResponse) context.getExternalContext().getResponse());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored: the nonce to compare with is in the view
    }
}
