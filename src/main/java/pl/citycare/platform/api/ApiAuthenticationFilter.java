package pl.citycare.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * The REST API is for signed-in callers (the session of the pages) except under {@code /api/public/} and the
 * city's open-data publications ({@code /api/procurement/ocds/}), and for requests that present an API key
 * (checked by the resource that accepts keys).
 * A client without one gets 401 and a JSON reason, not the login page's redirect a browser would follow:
 * web.xml leaves {@code /api/*} to this filter for exactly that.
 */
@WebFilter(filterName = "apiAuthentication", urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    /** The header a machine client's API key travels in. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** What anyone may read without signing in. */
    static final List<String> PUBLIC_PREFIXES = List.of("/api/public/", "/api/procurement/ocds/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // A machine client (a lab's system) presents an API key instead of a session; the resource that accepts
        // keys checks it, and any other resource sees no caller and refuses through its service's guard.
        boolean presentsKey = request.getHeader(API_KEY_HEADER) != null;
        if (request.getUserPrincipal() == null && PUBLIC_PREFIXES.stream().noneMatch(path::startsWith) && !presentsKey) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "FormBased realm=\"CityCare\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"unauthenticated\",\"message\":\"Sign in at /login.xhtml first.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
