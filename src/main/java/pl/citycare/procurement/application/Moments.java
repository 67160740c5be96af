package pl.citycare.procurement.application;

import pl.citycare.procurement.domain.request.ProcurementRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Now, as procurement records it: instants to the microsecond (what both databases keep), days in Kraków. */
final class Moments {

    private Moments() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDate today() {
        return LocalDate.now(ProcurementRequest.ZONE);
    }
}
