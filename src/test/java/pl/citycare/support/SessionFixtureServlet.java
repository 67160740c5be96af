package pl.citycare.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Test deployments only: shortens the caller's own session, so a browser test can watch the idle timeout
 * end it without waiting half an hour. Answers the timeout the session had (seconds), which the
 * test compares with web.xml's. {@code POST /it-fixtures/session?idleSeconds=2} with the session cookie.
 */
@WebServlet("/it-fixtures/session")
public class SessionFixtureServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no session");
            return;
        }
        int configured = session.getMaxInactiveInterval();
        session.setMaxInactiveInterval(Integer.parseInt(request.getParameter("idleSeconds")));
        response.setContentType("text/plain");
        response.getWriter().write(Integer.toString(configured));
    }
}
