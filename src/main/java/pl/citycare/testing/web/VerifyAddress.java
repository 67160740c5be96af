package pl.citycare.testing.web;

import jakarta.faces.context.ExternalContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public address a document's QR code points under, {@code …/verify/}: {@code CITYCARE_PUBLIC_URL}
 * where the city publishes CityCare behind a proxy (the address a resident's phone can reach), otherwise
 * the address this request came in on.
 */
final class VerifyAddress {

    private VerifyAddress() {
    }

    static String base(ExternalContext context) {
        String configured = ConfigProvider.getConfig().getOptionalValue("citycare.public-url", String.class).orElse(null);
        String root = configured != null && !configured.isBlank() ? configured.replaceAll("/+$", "")
                : context.getRequestScheme() + "://" + context.getRequestServerName() + port(context) + context.getRequestContextPath();
        return root + "/verify/";
    }

    private static String port(ExternalContext context) {
        int port = context.getRequestServerPort();
        boolean standard = ("http".equals(context.getRequestScheme()) && port == 80) || ("https".equals(context.getRequestScheme()) && port == 443);
        return standard ? "" : ":" + port;
    }
}
