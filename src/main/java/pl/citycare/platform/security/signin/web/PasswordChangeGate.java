package pl.citycare.platform.security.signin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * After signing in with a password an administrator set, the user can open nothing but the page that
 * makes them choose their own (and sign out); the REST API answers them 403 with a JSON reason.
 */
@WebFilter(filterName = "passwordChangeGate", urlPatterns = {"*.xhtml", "/api/*"})
public class PasswordChangeGate extends HttpFilter {

    /** Session attribute set at sign-in while the account must change its password. */
    public static final String MUST_CHANGE = "citycare.mustChangePassword";
    static final String PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && request.getUserPrincipal() != null && !allowed(request.getServletPath())) {
            if (request.getServletPath().startsWith("/api")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"error\":\"password-change-required\","
                        + "\"message\":\"Choose your own password at " + PAGE + " first.\"}");
                return;
            }
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(PAGE) || path.equals("/login.xhtml") || path.equals("/expired.xhtml")
                || path.startsWith("/error/") || path.startsWith("/jakarta.faces.resource/");
    }
}
