package pl.citycare.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * A form post without PrimeFaces' CSP nonce (or with a wrong one) comes from no page of ours: a client
 * that does not run our scripts, or a forged request. It is the client's error, so it gets 400 and the
 * "bad request" page, not a server error.
 */
@WebFilter(filterName = "rejectedPostback", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class RejectedPostbackFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RejectedPostbackFilter.class.getName());
    private static final String CSP_FAILURE = "org.primefaces.csp.CspException";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!isCspFailure(failure) || response.isCommitted()) {
                throw failure;
            }
            refuse(request, response);
        }
    }

    /**
     * Answers 400 with the short translated "bad request" page, and logs why. Written here, not through the error
     * page: that page is a Faces view, and Faces would refuse the same request again on the error dispatch.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.warning(() -> request.getMethod() + " " + request.getServletPath()
                + " refused: missing or wrong CSP nonce (not sent by a CityCare page)");
        ResourceBundle texts = ResourceBundle.getBundle("pl.citycare.i18n.messages", request.getLocale());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + texts.getLocale().getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><title>" + texts.getString("error.400.title") + " · CityCare</title></head>"
                + "<body><h1>" + texts.getString("error.400.title") + "</h1><p>" + texts.getString("error.400.text")
                + "</p><p><a href=\"" + request.getContextPath() + "/index.xhtml\">" + texts.getString("error.backHome")
                + "</a></p></body></html>");
    }

    static boolean isCspFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(CSP_FAILURE)) {
                return true;
            }
        }
        return false;
    }
}
