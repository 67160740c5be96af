package pl.citycare.healthsupport.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.Centres;
import pl.citycare.healthsupport.application.Centres.CentreDetails;
import pl.citycare.healthsupport.application.CentreDescription;
import pl.citycare.healthsupport.application.HelpDirectory;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.Beans;
import pl.citycare.support.Server;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The residents' help directory: public, complete, only open centres, cacheable. Runs in {@code CityCareIT}. */
public interface HelpDirectoryTests extends Server {

    private HttpResponse<String> fetch(String... headers) throws Exception {
        var request = HttpRequest.newBuilder(server().resolve("/api/public/help-directory")).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @RunAsClient
    default void anyoneReadsTheCentresAndTheHotlineAsJsonWithAnETag() throws Exception {
        HttpResponse<String> response = fetch("Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject directory = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(directory.getJsonObject("hotline").getString("phone")).isEqualTo("+48 12 000 00 00");
        assertThat(directory.getJsonObject("hotline").getString("hours")).isEqualTo("pon.–pt. 8:00–20:00");
        JsonObject first = directory.getJsonArray("centres").getJsonObject(0);
        assertThat(first.getString("code")).isEqualTo("CPPP1");
        assertThat(first.getString("address")).isEqualTo("ul. Przykładowa 1, 31-001 Kraków");
        assertThat(first.getJsonObject("district").getString("number")).isEqualTo("I");
        assertThat(first.getJsonObject("district").getString("name")).isEqualTo("Stare Miasto");
        assertThat(response.body()).doesNotContain("psychologists").doesNotContain("centre\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=300"));

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = fetch("If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    @RunAsClient
    default void theDirectoryIsInTheOpenApiDocument() throws Exception {
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().resolve("/openapi"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(openapi.body()).contains("/api/public/help-directory").contains("Where residents get psychological help");
    }

    @Test
    default void aClosedCentreIsNotListed() throws Exception {
        Centres centres = Beans.get(Centres.class);
        AsAdministrator admin = Beans.get(AsAdministrator.class);
        CentreDetails before = admin.call(() -> centres.centre("CPPP3").orElseThrow());
        try {
            admin.call(() -> centres.describe(new CentreDescription("CPPP3", before.name(), before.address(),
                    before.district(), before.phone(), before.openingHours(), false), before.version()));

            assertThat(Beans.get(HelpDirectory.class).listing().centres()).extracting(HelpDirectory.HelpCentre::code)
                    .containsExactly("CPPP1", "CPPP2", "CPPP4");
        } finally {
            CentreDetails now = admin.call(() -> centres.centre("CPPP3").orElseThrow());
            admin.call(() -> centres.describe(new CentreDescription("CPPP3", before.name(), before.address(),
                    before.district(), before.phone(), before.openingHours(), true), now.version()));
        }
    }
}
