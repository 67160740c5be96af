package pl.citycare.procurement.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import pl.citycare.procurement.application.OpenContracting.Acceptance;
import pl.citycare.procurement.application.OpenContracting.Line;
import pl.citycare.procurement.application.OpenContracting.Payment;
import pl.citycare.procurement.application.OpenContracting.Process;
import pl.citycare.procurement.application.OpenContracting.PublishedSupplier;
import pl.citycare.procurement.application.OpenContracting.Publisher;
import pl.citycare.procurement.application.OpenContracting.SignedContract;
import pl.citycare.procurement.application.OpenContracting.Version;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.domain.money.Money;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes contracting processes as an OCDS 1.1 release package: one release per process with its current
 * state (planning from the request, the tender, one award and one contract per signed contract, the
 * contract's amendments, its accepted deliveries as milestones and its paid invoices as transactions).
 * <p>
 * Amounts: the tender's value is the estimated net value (wartość szacunkowa netto) that Polish law compares
 * with the thresholds; award, contract and transaction values are gross, as the contract register and the
 * invoices state them. Organisation identifiers use the schemes {@code PL-NIP} and {@code PL-REGON}.
 */
public final class OcdsReleasePackage {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** RFC 3339 with seconds always written, as the schema's date-time format requires. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private OcdsReleasePackage() {
    }

    /**
     * @param uri   where this package is published (its own address)
     * @param now   the publication time
     * @param today the day by which a contract whose term has passed reads as ended
     */
    public static JsonObject of(URI uri, Publisher publisher, List<Process> processes, Instant now, LocalDate today) {
        JsonArrayBuilder releases = Json.createArrayBuilder();
        processes.forEach(p -> releases.add(release(publisher, p, today)));
        return Json.createObjectBuilder()
                .add("uri", uri.toString())
                .add("version", "1.1")
                .add("publishedDate", dateTime(now))
                .add("publisher", Json.createObjectBuilder().add("name", publisher.name()))
                .add("license", publisher.license())
                .add("releases", releases)
                .build();
    }

    /** The ocid of a process: the publisher's registered prefix and the request's id. */
    public static String ocid(Publisher publisher, long requestId) {
        return publisher.ocidPrefix() + "-request-" + requestId;
    }

    static JsonObject release(Publisher publisher, Process p, LocalDate today) {
        String ocid = ocid(publisher, p.requestId());
        Instant changed = lastChange(p);
        JsonObjectBuilder buyer = Json.createObjectBuilder().add("id", buyerId(publisher)).add("name", publisher.name());
        JsonObjectBuilder release = Json.createObjectBuilder()
                .add("ocid", ocid)
                .add("id", ocid + "-" + changed.getEpochSecond())
                .add("date", dateTime(changed))
                .add("tag", tags(p))
                .add("initiationType", "tender")
                .add("language", "pl")
                .add("parties", parties(publisher, p))
                .add("buyer", buyer)
                .add("planning", Json.createObjectBuilder().add("budget", Json.createObjectBuilder()
                        .add("id", p.budgetLine().name())
                        .add("description", p.fund() + ": " + p.budgetLine().name())))
                .add("tender", tender(publisher, p));
        if (!p.contracts().isEmpty()) {
            JsonArrayBuilder awards = Json.createArrayBuilder();
            JsonArrayBuilder contracts = Json.createArrayBuilder();
            for (SignedContract c : p.contracts()) {
                awards.add(award(c));
                contracts.add(contract(publisher, c, today));
            }
            release.add("awards", awards).add("contracts", contracts);
        }
        return release.build();
    }

    private static JsonArrayBuilder tags(Process p) {
        JsonArrayBuilder tags = Json.createArrayBuilder().add("planning");
        if (p.status() == RequestStatus.REJECTED) {
            return tags.add("tenderCancellation");
        }
        if (p.status() == RequestStatus.APPROVED) {
            tags.add("tender");
        }
        if (!p.contracts().isEmpty()) {
            tags.add("award").add("contract");
        }
        if (p.contracts().stream().anyMatch(c -> c.versions().size() > 1)) {
            tags.add("contractAmendment");
        }
        if (p.contracts().stream().anyMatch(c -> !c.payments().isEmpty() || !c.deliveries().isEmpty())) {
            tags.add("implementation");
        }
        return tags;
    }

    private static JsonArrayBuilder parties(Publisher publisher, Process p) {
        JsonArrayBuilder parties = Json.createArrayBuilder();
        JsonObjectBuilder buyer = Json.createObjectBuilder().add("id", buyerId(publisher)).add("name", publisher.name());
        if (!publisher.buyerNip().isBlank()) {
            buyer.add("identifier", identifier("PL-NIP", publisher.buyerNip(), publisher.name()));
        }
        boolean pays = p.contracts().stream().anyMatch(c -> !c.payments().isEmpty());
        parties.add(buyer.add("roles", pays ? Json.createArrayBuilder().add("buyer").add("procuringEntity").add("payer")
                : Json.createArrayBuilder().add("buyer").add("procuringEntity")));
        // A supplier under two contracts of one process is one party.
        Map<Long, SignedContract> bySupplier = new LinkedHashMap<>();
        p.contracts().forEach(c -> bySupplier.putIfAbsent(c.supplier().id(), c));
        for (SignedContract c : bySupplier.values()) {
            PublishedSupplier s = c.supplier();
            JsonObjectBuilder party = Json.createObjectBuilder().add("id", supplierId(s)).add("name", s.name())
                    .add("identifier", identifier("PL-NIP", s.nip(), s.name()));
            if (s.regon() != null) {
                party.add("additionalIdentifiers", Json.createArrayBuilder().add(identifier("PL-REGON", s.regon(), s.name())));
            }
            boolean paid = p.contracts().stream().anyMatch(x -> x.supplier().id() == s.id() && !x.payments().isEmpty());
            party.add("roles", paid ? Json.createArrayBuilder().add("supplier").add("payee") : Json.createArrayBuilder().add("supplier"));
            parties.add(party);
        }
        return parties;
    }

    private static JsonObjectBuilder tender(Publisher publisher, Process p) {
        String status = switch (p.status()) {
            case SUBMITTED -> "planning";
            case REJECTED -> "cancelled";
            case APPROVED -> p.contracts().isEmpty() ? "active" : "complete";
        };
        JsonObjectBuilder tender = Json.createObjectBuilder()
                .add("id", "request-" + p.requestId())
                .add("title", p.subject())
                .add("status", status)
                .add("procuringEntity", Json.createObjectBuilder().add("id", buyerId(publisher)).add("name", publisher.name()))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "1").add("description", p.subject())
                        .add("classification", cpv(p.cpv()))))
                .add("value", value(p.estimatedNet()))
                .add("procurementMethod", switch (p.legalBasis()) {
                    case OPEN_PROCEDURE -> "open";
                    case BELOW_NATIONAL_THRESHOLD, COVID_EXEMPTION -> "direct";
                })
                .add("procurementMethodDetails", switch (p.legalBasis()) {
                    case OPEN_PROCEDURE -> "Przetarg nieograniczony (ustawa Prawo zamówień publicznych)";
                    case BELOW_NATIONAL_THRESHOLD -> "Zamówienie o wartości poniżej progu stosowania ustawy Prawo zamówień publicznych";
                    case COVID_EXEMPTION -> "Zamówienie wyłączone na podstawie ustawy o szczególnych rozwiązaniach związanych z COVID-19";
                })
                .add("mainProcurementCategory", "goods")
                .add("tenderPeriod", Json.createObjectBuilder().add("startDate", dateTime(p.startDate())));
        if (p.bipPublishedOn() != null) {
            tender.add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", "bip-" + p.requestId()).add("documentType", "contractNotice")
                    .add("title", "Informacja w Biuletynie Informacji Publicznej").add("datePublished", dateTime(p.bipPublishedOn()))));
        }
        return tender;
    }

    private static JsonObjectBuilder award(SignedContract c) {
        Version signed = c.versions().get(0);
        return Json.createObjectBuilder()
                .add("id", "award-" + c.id())
                .add("status", "active")
                .add("date", dateTime(c.signedOn()))
                .add("value", value(signed.gross()))
                .add("suppliers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", supplierId(c.supplier())).add("name", c.supplier().name())))
                .add("items", items(signed.lines()));
    }

    private static JsonObjectBuilder contract(Publisher publisher, SignedContract c, LocalDate today) {
        Version current = c.current();
        JsonObjectBuilder contract = Json.createObjectBuilder()
                .add("id", "contract-" + c.id())
                .add("awardID", "award-" + c.id())
                .add("title", c.number())
                .add("status", current.termUntil().isBefore(today) ? "terminated" : "active")
                .add("period", Json.createObjectBuilder().add("startDate", dateTime(c.signedOn())).add("endDate", dateTime(current.termUntil())))
                .add("value", value(current.gross()))
                .add("dateSigned", dateTime(c.signedOn()))
                .add("items", items(current.lines()));
        if (c.versions().size() > 1) {
            JsonArrayBuilder amendments = Json.createArrayBuilder();
            c.versions().stream().skip(1).forEach(v -> amendments.add(Json.createObjectBuilder()
                    .add("id", "amendment-" + c.id() + "-" + v.number())
                    .add("date", dateTime(v.signedOn()))
                    .add("rationale", Objects.requireNonNullElse(v.reason(), ""))
                    .add("description", "Aneks nr " + (v.number() - 1) + ": wartość brutto " + v.gross().amount().toPlainString()
                            + " PLN, termin do " + v.termUntil())));
            contract.add("amendments", amendments);
        }
        if (!c.payments().isEmpty() || !c.deliveries().isEmpty()) {
            JsonObjectBuilder implementation = Json.createObjectBuilder();
            if (!c.payments().isEmpty()) {
                JsonArrayBuilder transactions = Json.createArrayBuilder();
                for (Payment pay : c.payments()) {
                    transactions.add(Json.createObjectBuilder()
                            .add("id", "invoice-" + pay.invoiceId())
                            .add("date", dateTime(pay.paidOn()))
                            .add("value", value(pay.gross()))
                            .add("payer", Json.createObjectBuilder().add("id", buyerId(publisher)).add("name", publisher.name()))
                            .add("payee", Json.createObjectBuilder().add("id", supplierId(c.supplier())).add("name", c.supplier().name())));
                }
                implementation.add("transactions", transactions);
            }
            if (!c.deliveries().isEmpty()) {
                JsonArrayBuilder milestones = Json.createArrayBuilder();
                for (Acceptance d : c.deliveries()) {
                    milestones.add(Json.createObjectBuilder()
                            .add("id", "delivery-" + d.deliveryId())
                            .add("title", "Protokół odbioru " + d.protocolNumber())
                            .add("type", "delivery")
                            .add("status", "met")
                            .add("dateMet", dateTime(d.deliveredOn())));
                }
                implementation.add("milestones", milestones);
            }
            contract.add("implementation", implementation);
        }
        return contract;
    }

    private static JsonArrayBuilder items(List<Line> lines) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Line l : lines) {
            items.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(l.lineNo()))
                    .add("description", l.item())
                    .add("classification", cpv(l.cpv()))
                    .add("quantity", l.quantity())
                    .add("unit", Json.createObjectBuilder().add("name", l.unit()).add("value", value(l.unitNet()))));
        }
        return items;
    }

    private static JsonObjectBuilder cpv(Cpv cpv) {
        // OCDS identifies CPV codes by their eight digits, without the check digit.
        return Json.createObjectBuilder().add("scheme", "CPV").add("id", cpv.code().substring(0, 8));
    }

    private static JsonObjectBuilder identifier(String scheme, String id, String legalName) {
        return Json.createObjectBuilder().add("scheme", scheme).add("id", id).add("legalName", legalName);
    }

    private static JsonObjectBuilder value(Money money) {
        return Json.createObjectBuilder().add("amount", money.amount()).add("currency", money.currency().getCurrencyCode());
    }

    private static String buyerId(Publisher publisher) {
        return publisher.buyerNip().isBlank() ? "buyer" : "PL-NIP-" + publisher.buyerNip();
    }

    private static String supplierId(PublishedSupplier s) {
        return "PL-NIP-" + s.nip();
    }

    /** The latest moment the process changed: its release's date. */
    static Instant lastChange(Process p) {
        List<Instant> moments = new ArrayList<>();
        moments.add(p.requestedAt());
        if (p.decidedAt() != null) {
            moments.add(p.decidedAt());
        }
        for (SignedContract c : p.contracts()) {
            c.versions().forEach(v -> moments.add(v.createdAt()));
            Stream.concat(c.payments().stream().map(Payment::paidOn), c.deliveries().stream().map(Acceptance::deliveredOn))
                    .map(d -> d.atStartOfDay(WARSAW).toInstant()).forEach(moments::add);
        }
        return moments.stream().max(Comparator.naturalOrder()).orElseThrow().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(WARSAW));
    }

    private static String dateTime(LocalDate day) {
        return DATE_TIME.format(day.atStartOfDay(WARSAW));
    }
}
