package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.testing.application.ResultDocuments;
import pl.citycare.testing.application.ResultDocuments.Verification;

/** Sprawdzenie zaświadczenia: the public page behind a result document's QR code. */
@Named
@RequestScoped
public class VerificationBean {

    @Inject
    private ResultDocuments documents;

    private Verification verification;

    @PostConstruct
    void check() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        Object token = context.getRequestMap().get(VerificationServlet.TOKEN);
        verification = documents.verify(token != null ? token.toString() : context.getRequestParameterMap().get("token"));
    }

    public Verification getVerification() {
        return verification;
    }
}
