package pl.citycare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per request, naming the user and a request id (also sent back as {@code X-Request-Id}),
 * so an administrator can follow what a clerk reports. Static resources are logged only at FINE.
 */
@WebFilter(filterName = "requestLog", urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("pl.citycare.requests");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = UUID.randomUUID().toString().substring(0, 8);
        request.setAttribute("citycare.requestId", requestId);
        response.setHeader("X-Request-Id", requestId);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            Level level = path.contains("/jakarta.faces.resource/") ? Level.FINE : Level.INFO;
            if (LOG.isLoggable(level)) {
                Principal user = request.getUserPrincipal();
                LOG.log(level, "req={0} user={1} {2} {3} -> {4} in {5} ms", new Object[]{
                        requestId, user == null ? "-" : user.getName(), request.getMethod(), path,
                        response.getStatus(), (System.nanoTime() - start) / 1_000_000});
            }
        }
    }
}
