package pl.citycare.procurement.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Contracts;
import pl.citycare.procurement.application.Contracts.Amendment;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.application.Deliveries;
import pl.citycare.procurement.application.Invoices;
import pl.citycare.procurement.application.Invoices.Receipt;
import pl.citycare.procurement.application.Suppliers;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.supplier.SupplierDetails;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.OcdsSchema;
import pl.citycare.support.Server;
import pl.citycare.support.TestBudget;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/procurement/ocds/release-package}, signed out, as the city's open-data portal reads it: a
 * process of the test's own with its amendment, delivery and payment, nothing personal in it, and every demo
 * procedure valid against the official OCDS 1.1.5 schema. Runs in {@code CityCareIT}.
 */
public interface OpenContractingTests extends Server {

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().resolve(path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    default void anAmendedContractIsPublishedWithItsDeliveryAndPaymentAndNothingPersonal() throws Exception {
        long request = TestBudget.approvedRequest(TestBudget.freshLine("9000.00"), "Termometry bezdotykowe OCDS").id();
        long supplier = Beans.get(AsAuditor.class).call(() -> Beans.get(Contracts.class).suppliers()).get(0).id();
        SupplierDetails details = Beans.get(AsAuditor.class).call(() -> Beans.get(Suppliers.class).supplier(supplier)).orElseThrow().details();
        String number = "IT/OCDS/" + UUID.randomUUID().toString().substring(0, 8);
        Contracts contracts = Beans.get(Contracts.class);
        ContractView signed = Beans.get(AsProcurementClerk.class).call(() -> contracts.sign(new Signing(request, supplier, number,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 30),
                List.of(new LineInput("Termometr bezdotykowy", Cpv.MEDICAL_DEVICES, new BigDecimal("40"), "szt.", new BigDecimal("100.00"), 8)))));
        ContractView amended = Beans.get(AsProcurementClerk.class).call(() -> contracts.amend(signed.id(), signed.version(),
                new Amendment(LocalDate.of(2021, 4, 1), "Więcej punktów pomiaru", LocalDate.of(2021, 7, 31),
                        List.of(new LineInput("Termometr bezdotykowy", Cpv.MEDICAL_DEVICES, new BigDecimal("50"), "szt.", new BigDecimal("100.00"), 8)))));
        Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Deliveries.class).accept(amended.id(),
                new Deliveries.Acceptance("PO/OCDS/" + amended.id(), LocalDate.of(2021, 4, 15), "Jan Magazynier", List.of(new BigDecimal("50")))));
        Invoices invoices = Beans.get(Invoices.class);
        Invoices.InvoiceView invoice = Beans.get(AsProcurementClerk.class).call(() -> invoices.receive(amended.id(),
                new Receipt("FV/OCDS/" + amended.id(), LocalDate.of(2021, 4, 16), LocalDate.of(2021, 5, 16),
                        new BigDecimal("5000.00"), new BigDecimal("400.00"))));
        Beans.get(AsProcurementClerk.class).call(() -> invoices.pay(invoice.id(), invoice.version(), LocalDate.of(2021, 5, 10)));

        HttpResponse<String> response = get("/api/procurement/ocds/release-package/" + request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject pkg = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(pkg.getString("uri")).endsWith("/api/procurement/ocds/release-package/" + request);
        JsonObject release = pkg.getJsonArray("releases").getJsonObject(0);
        assertThat(release.getString("ocid")).endsWith("-request-" + request);
        JsonObject contract = release.getJsonArray("contracts").getJsonObject(0);
        assertThat(contract.getString("title")).isEqualTo(number);
        assertThat(contract.getJsonObject("value").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("5400.00");
        assertThat(release.getJsonArray("awards").getJsonObject(0).getJsonObject("value").getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("4320.00");
        assertThat(contract.getJsonArray("amendments").getJsonObject(0).getString("rationale")).isEqualTo("Więcej punktów pomiaru");
        assertThat(contract.getJsonObject("implementation").getJsonArray("transactions").getJsonObject(0)
                .getJsonObject("value").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("5400.00");
        assertThat(contract.getJsonObject("implementation").getJsonArray("milestones")).hasSize(1);
        assertThat(response.body()).as("the supplier's company and NIP are public").contains(details.name()).contains(details.nip())
                .as("who asked, approved, received or typed is not").doesNotContain("it-procurement").doesNotContain("Jan Magazynier")
                .as("nor the supplier's bank account or address").doesNotContain(details.iban()).doesNotContain(details.address());

        HttpResponse<String> missing = get("/api/procurement/ocds/release-package/999999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get("/api/procurement/ocds/release-package/x").statusCode()).isEqualTo(404);
    }

    /** Runs in the test JVM, where the validator is: the server's packages as any open-data client receives them. */
    @Test
    @RunAsClient
    default void everyDemoProcedureValidatesAgainstTheOfficialOcdsSchema() throws Exception {
        HttpResponse<String> all = get("/api/procurement/ocds/release-package");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(OcdsSchema.errors(all.body())).as("the whole publication").isEmpty();
        List<JsonObject> releases = Json.createReader(new StringReader(all.body())).readObject().getJsonArray("releases")
                .getValuesAs(JsonObject.class);
        assertThat(releases).as("the demo's procedures").hasSizeGreaterThanOrEqualTo(5);
        assertThat(releases).anySatisfy(r -> assertThat(r.containsKey("contracts") && r.getJsonArray("contracts").getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.containsKey("amendments"))).isTrue());
        for (JsonObject release : releases) {
            String ocid = release.getString("ocid");
            HttpResponse<String> one = get("/api/procurement/ocds/release-package/" + ocid.substring(ocid.lastIndexOf('-') + 1));
            assertThat(one.statusCode()).as(ocid).isEqualTo(200);
            assertThat(OcdsSchema.errors(one.body())).as(ocid).isEmpty();
            assertThat(Json.createReader(new StringReader(one.body())).readObject().getJsonArray("releases").getJsonObject(0)
                    .getString("ocid")).isEqualTo(ocid);
        }
    }
}
