package pl.citycare.procurement.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.OpenContracting.Acceptance;
import pl.citycare.procurement.application.OpenContracting.Line;
import pl.citycare.procurement.application.OpenContracting.Payment;
import pl.citycare.procurement.application.OpenContracting.Process;
import pl.citycare.procurement.application.OpenContracting.PublishedSupplier;
import pl.citycare.procurement.application.OpenContracting.Publisher;
import pl.citycare.procurement.application.OpenContracting.SignedContract;
import pl.citycare.procurement.application.OpenContracting.Version;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.OcdsSchema;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OcdsReleasePackageTest {

    private static final Publisher CITY = new Publisher("ocds-abc123", "Gmina Miejska Kraków", "6761013717",
            "https://creativecommons.org/publicdomain/zero/1.0/");
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final PublishedSupplier MEDICA = new PublishedSupplier(7, "Medica Sp. z o.o.", "5260250274", "012345678");
    private static final PublishedSupplier NO_REGON = new PublishedSupplier(8, "Rękawiczki S.A.", "7740001454", null);

    private static Line line(int no, String item, String quantity, String unitNet, String gross) {
        return new Line(no, item, Cpv.MEDICAL_DEVICES, new BigDecimal(quantity), "szt.", Money.pln(unitNet), Money.pln(gross));
    }

    private static Process process(long id, RequestStatus status, LegalBasis basis, List<SignedContract> contracts) {
        return new Process(id, "Pulsoksymetry dla CPPP", Cpv.MEDICAL_DEVICES, "Program COVID-19", BudgetCategory.MEDICAL_EQUIPMENT,
                Money.pln("40000.00"), basis, LocalDate.of(2021, 3, 1), status, Instant.parse("2021-03-01T08:00:00Z"),
                status == RequestStatus.SUBMITTED ? null : Instant.parse("2021-03-02T09:30:00Z"),
                basis == LegalBasis.COVID_EXEMPTION ? LocalDate.of(2021, 3, 20) : null, contracts);
    }

    /** Signed with two lines, amended once (a third line), one delivery accepted, one invoice paid. */
    private static SignedContract amendedContract() {
        Version signed = new Version(1, LocalDate.of(2021, 3, 5), LocalDate.of(2021, 6, 30), null, Money.pln("30000.00"),
                Money.pln("32400.00"), Instant.parse("2021-03-05T10:00:00Z"),
                List.of(line(1, "Pulsoksymetr napalcowy", "100", "200.00", "21600.00"), line(2, "Termometr bezdotykowy", "50", "200.00", "10800.00")));
        Version amended = new Version(2, LocalDate.of(2021, 4, 10), LocalDate.of(2021, 7, 31), "Dodatkowe termometry dla punktów testowych",
                Money.pln("34000.00"), Money.pln("36720.00"), Instant.parse("2021-04-10T12:00:00Z"),
                List.of(line(1, "Pulsoksymetr napalcowy", "100", "200.00", "21600.00"), line(2, "Termometr bezdotykowy", "70", "200.00", "15120.00")));
        return new SignedContract(11, "ZP/7/2021", LocalDate.of(2021, 3, 5), MEDICA, List.of(signed, amended),
                List.of(new Acceptance(21, "PO/3/2021", LocalDate.of(2021, 4, 20))),
                List.of(new Payment(31, "FV/2021/04/17", LocalDate.of(2021, 5, 4), Money.pln("36720.00"))));
    }

    private static JsonObject read(JsonObject json) {
        return Json.createReader(new StringReader(json.toString())).readObject();
    }

    @Test
    void everyStageOfAProcessIsAValidOcdsReleasePackage() {
        SignedContract plain = new SignedContract(12, "ZP/8/2021", LocalDate.of(2021, 3, 6), NO_REGON,
                List.of(new Version(1, LocalDate.of(2021, 3, 6), LocalDate.of(2027, 1, 31), null, Money.pln("1000.00"),
                        Money.pln("1080.00"), Instant.parse("2021-03-06T10:00:00Z"), List.of(line(1, "Rękawice nitrylowe", "1000", "1.00", "1080.00")))),
                List.of(), List.of());
        List<Process> processes = List.of(
                process(1, RequestStatus.SUBMITTED, LegalBasis.OPEN_PROCEDURE, List.of()),
                process(2, RequestStatus.REJECTED, LegalBasis.BELOW_NATIONAL_THRESHOLD, List.of()),
                process(3, RequestStatus.APPROVED, LegalBasis.OPEN_PROCEDURE, List.of()),
                process(4, RequestStatus.APPROVED, LegalBasis.COVID_EXEMPTION, List.of(amendedContract(), plain)));

        JsonObject pkg = OcdsReleasePackage.of(URI.create("https://citycare.example/api/procurement/ocds/release-package"), CITY,
                processes, NOW, TODAY);

        assertThat(OcdsSchema.errors(pkg.toString())).isEmpty();
        assertThat(OcdsSchema.errors(OcdsReleasePackage.of(URI.create("https://citycare.example/x"),
                new Publisher("ocds-abc123", "Gmina Miejska Kraków", "", CITY.license()), processes, NOW, TODAY).toString()))
                .as("valid without the buyer's NIP too").isEmpty();
        assertThat(pkg.getString("publishedDate")).isEqualTo("2026-11-27T11:15:30+01:00");
        assertThat(pkg.getJsonArray("releases")).hasSize(4);
    }

    @Test
    void anAmendedContractShowsItsAmendmentDeliveryAndPaymentWithTheSupplierAsPayee() {
        JsonObject release = read(OcdsReleasePackage.release(CITY,
                process(4, RequestStatus.APPROVED, LegalBasis.COVID_EXEMPTION, List.of(amendedContract())), TODAY));

        assertThat(release.getString("ocid")).isEqualTo("ocds-abc123-request-4");
        assertThat(release.getString("date")).as("the latest change: the invoice paid").isEqualTo("2021-05-04T00:00:00+02:00");
        assertThat(release.getJsonArray("tag").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("planning", "tender", "award", "contract", "contractAmendment", "implementation");
        JsonObject contract = release.getJsonArray("contracts").getJsonObject(0);
        assertThat(contract.getJsonObject("value").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("36720.00");
        assertThat(contract.getJsonObject("value").getString("currency")).isEqualTo("PLN");
        assertThat(contract.getString("status")).as("its term ended in 2021").isEqualTo("terminated");
        assertThat(release.getJsonArray("awards").getJsonObject(0).getJsonObject("value").getJsonNumber("amount").bigDecimalValue())
                .as("the award keeps the value as signed").isEqualByComparingTo("32400.00");
        assertThat(contract.getJsonArray("amendments")).singleElement()
                .satisfies(a -> assertThat(a.asJsonObject().getString("rationale")).isEqualTo("Dodatkowe termometry dla punktów testowych"));
        JsonObject transaction = contract.getJsonObject("implementation").getJsonArray("transactions").getJsonObject(0);
        assertThat(transaction.getJsonObject("payee").getString("id")).isEqualTo("PL-NIP-5260250274");
        assertThat(transaction.getJsonObject("payer").getString("name")).isEqualTo("Gmina Miejska Kraków");
        assertThat(contract.getJsonObject("implementation").getJsonArray("milestones").getJsonObject(0).getString("dateMet"))
                .isEqualTo("2021-04-20T00:00:00+02:00");
        assertThat(release.getJsonObject("tender").getJsonArray("items").getJsonObject(0).getJsonObject("classification").getString("id"))
                .as("CPV without its check digit").isEqualTo("33100000");
        assertThat(release.getJsonObject("tender").getString("procurementMethod")).isEqualTo("direct");
        assertThat(release.getJsonArray("parties").getValuesAs(JsonObject.class)).extracting(p -> p.getString("id"))
                .containsExactly("PL-NIP-6761013717", "PL-NIP-5260250274");
    }

    @Test
    void aRejectedRequestIsACancelledTenderWithNoAward() {
        JsonObject release = read(OcdsReleasePackage.release(CITY,
                process(2, RequestStatus.REJECTED, LegalBasis.BELOW_NATIONAL_THRESHOLD, List.of()), TODAY));
        assertThat(release.getJsonObject("tender").getString("status")).isEqualTo("cancelled");
        assertThat(release.getJsonArray("tag").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("planning", "tenderCancellation");
        assertThat(release.containsKey("awards")).isFalse();
    }

    @Test
    void theValidatorRefusesWhatBreaksTheSchema() {
        JsonObject pkg = OcdsReleasePackage.of(URI.create("https://citycare.example/x"), CITY,
                List.of(process(4, RequestStatus.APPROVED, LegalBasis.COVID_EXEMPTION, List.of(amendedContract()))), NOW, TODAY);
        String amountAsText = pkg.toString().replace("\"amount\":36720.00", "\"amount\":\"36720.00\"");
        String noVersion = pkg.toString().replace("\"version\":\"1.1\",", "");
        assertThat(amountAsText).isNotEqualTo(pkg.toString());
        assertThat(OcdsSchema.errors(amountAsText)).isNotEmpty();
        assertThat(OcdsSchema.errors(noVersion)).anySatisfy(e -> assertThat(e).contains("version"));
    }
}
