package pl.citycare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response.
 * <p>
 * Scripts are governed by the second policy that PrimeFaces adds to each Faces page
 * ({@code script-src 'self' 'nonce-…'}, context parameter {@code primefaces.CSP}); a browser enforces
 * both policies, so this one restricts everything else and leaves {@code script-src} to PrimeFaces.
 * Inline styles stay allowed: PrimeFaces widgets position themselves with style attributes.
 * <p>
 * HSTS only on a secure request (behind the city's TLS proxy the listener maps {@code X-Forwarded-Proto},
 * see server-config): sent over plain HTTP it would be ignored by browsers anyway, and on a test machine
 * without TLS it would only mislead.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addHeaders(request, response);
        chain.doFilter(request, response);
    }

    /**
     * The headers themselves, also for the one answer no filter sees: the sign-in mechanism's redirect of a signed-out
     * request, which the container makes before the filter chain.
     */
    public static void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
