package pl.citycare.testing.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /verify/<token>}, the short public address in a result document's QR code: shows the check page
 * for that token ({@code verify.xhtml}), without a sign-in.
 */
@WebServlet("/verify/*")
public class VerificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute the check page reads the token from. */
    static final String TOKEN = VerificationServlet.class.getName() + ".token";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(TOKEN, path == null ? "" : path.replaceFirst("^/", ""));
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
