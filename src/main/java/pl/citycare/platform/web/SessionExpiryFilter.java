package pl.citycare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * Lets the login page tell "your session expired" from a first visit.
 * <p>
 * While someone is signed in, the browser holds a marker cookie that lives as long as the browser
 * session (not the server session). Signing out removes it; if the server session times out
 * instead, the marker is still there when the login page is shown, and the page says why.
 */
@WebFilter(filterName = "sessionExpiry", urlPatterns = "*.xhtml")
public class SessionExpiryFilter extends HttpFilter {

    public static final String MARKER = "citycare_signed_in";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !hasMarker(request)) {
            response.addCookie(marker(request, "1", -1));
        }
        chain.doFilter(request, response);
    }

    public static boolean hasMarker(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> MARKER.equals(c.getName()));
    }

    /** The marker cookie with the given value; {@code maxAge} 0 removes it, -1 keeps it for the browser session. */
    public static Cookie marker(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(MARKER, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
