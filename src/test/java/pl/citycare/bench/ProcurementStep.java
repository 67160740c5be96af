package pl.citycare.bench;

import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.contract.LineTerms;
import pl.citycare.procurement.domain.contract.VatRate;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.domain.identifiers.Nip;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Zamówienia: a fund of its own with its three budget lines, suppliers, approved requests (plus some rejected and
 * waiting ones) and a contract (version 1, as signed) per approved request with its lines; net, VAT and gross
 * are computed by the domain's {@link LineTerms}, the totals are the lines' sums.
 */
final class ProcurementStep extends Step {

    private record Item(String name, Cpv cpv, String unit, int vat, int minPrice, int maxPrice) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("Rękawice nitrylowe, op. 100 szt.", Cpv.DISPOSABLE_GLOVES, "op.", 8, 15, 45),
            new Item("Maseczki FFP2, op. 20 szt.", Cpv.PROTECTIVE_GEAR, "op.", 8, 20, 90),
            new Item("Fartuchy ochronne jednorazowe", Cpv.MEDICAL_CLOTHING, "szt.", 8, 3, 15),
            new Item("Kombinezony ochronne", Cpv.PROTECTIVE_GEAR, "szt.", 23, 20, 60),
            new Item("Testy antygenowe, op. 25 szt.", Cpv.MEDICAL_CONSUMABLES, "op.", 8, 150, 600),
            new Item("Wymazówki z podłożem transportowym", Cpv.MEDICAL_CONSUMABLES, "szt.", 8, 2, 8),
            new Item("Pulsoksymetr napalcowy", Cpv.PATIENT_MONITORING, "szt.", 8, 60, 300),
            new Item("Kardiomonitor", Cpv.PATIENT_MONITORING, "szt.", 8, 8_000, 40_000),
            new Item("Koncentrator tlenu", Cpv.RESPIRATORY_DEVICES, "szt.", 8, 2_500, 9_000),
            new Item("Respirator transportowy", Cpv.RESPIRATORY_DEVICES, "szt.", 8, 40_000, 120_000),
            new Item("Termometr bezdotykowy", Cpv.MEDICAL_DEVICES, "szt.", 23, 80, 400),
            new Item("Płyn do dezynfekcji rąk, 5 l", Cpv.MEDICAL_CONSUMABLES, "kan.", 23, 40, 120));

    private final Context context;
    final long lines;
    final long contracts;
    final long requests;
    final long suppliers;
    private final Context.WorkingTime time;

    ProcurementStep(Context context) {
        super("procurement");
        this.context = context;
        this.lines = context.scaled(20_000);
        long needed = 0;
        long k = 0;
        while (needed < lines) {
            needed += linesOf(k++);
        }
        this.contracts = k;
        this.requests = contracts + contracts / 10;
        this.suppliers = Math.max(5, context.scaled(300));
        this.time = context.workingTime(Context.weekdays(), LocalTime.of(8, 0), 8 * 60);
    }

    /** Lines of contract k: 1 to 12. */
    static int linesOf(long k) {
        return 1 + (int) (k * 7 % 12);
    }

    @Override
    long total() {
        return lines;
    }

    @Override
    List<Table> tables() {
        return List.of(Table.withSequence("pr_fund", "pr_fund_seq", 1),
                Table.withSequence("pr_budget_line", "pr_budget_line_seq", 3),
                Table.withSequence("pr_supplier", "pr_supplier_seq", suppliers),
                Table.withSequence("pr_request", "pr_request_seq", requests),
                Table.withSequence("pr_request_event", "pr_request_event_seq", 2 * requests),
                Table.withSequence("pr_contract", "pr_contract_seq", contracts),
                Table.withSequence("pr_contract_version", "pr_contract_version_seq", contracts),
                Table.withSequence("pr_contract_line", "pr_contract_line_seq", lines));
    }

    private static BudgetCategory category(Cpv cpv) {
        return switch (cpv) {
            case RESPIRATORY_DEVICES, PATIENT_MONITORING, MEDICAL_DEVICES -> BudgetCategory.MEDICAL_APPARATUS;
            case MEDICAL_CONSUMABLES -> BudgetCategory.MEDICAL_EQUIPMENT;
            default -> BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT;
        };
    }

    private static BigDecimal eurRate(LocalDate day) {
        return new BigDecimal(day.getYear() <= 2021 ? "4.2693" : day.getYear() <= 2023 ? "4.4536" : "4.6371");
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        Sink fundSink = run.sink("pr_fund", "id", "name", "amount", "version");
        Sink lineBudgetSink = run.sink("pr_budget_line", "id", "fund_id", "category", "planned", "version");
        Sink supplierSink = run.sink("pr_supplier", "id", "name", "nip", "regon", "address", "iban", "version");
        Sink requestSink = run.sink("pr_request", "id", "subject", "cpv", "budget_line_id", "estimated_net", "legal_basis", "status",
                "requested_by", "requested_at", "decided_by", "decided_at", "rejection_reason", "version", "start_date", "eur_rate",
                "bip_published_on");
        Sink eventSink = run.sink("pr_request_event", "id", "request_id", "status", "actor", "at", "reason", "version");
        Sink contractSink = run.sink("pr_contract", "id", "number", "request_id", "supplier_id", "budget_line_id", "signed_on",
                "current_version", "version");
        Sink versionSink = run.sink("pr_contract_version", "id", "contract_id", "number", "signed_on", "term_until", "reason",
                "net_total", "vat_total", "gross_total", "created_by", "created_at", "version");
        Sink lineSink = run.sink("pr_contract_line", "id", "contract_version_id", "line_no", "item", "cpv", "quantity", "unit",
                "unit_net", "vat_rate", "net", "vat", "gross", "version");
        long fund = run.base("pr_fund");
        long budgetBase = run.base("pr_budget_line");
        long supplierBase = run.base("pr_supplier");
        long requestBase = run.base("pr_request");
        long eventBase = run.base("pr_request_event");
        long contractBase = run.base("pr_contract");
        long versionBase = run.base("pr_contract_version");
        long lineBase = run.base("pr_contract_line");
        fundSink.row(fund, "Fundusz Przeciwdziałania COVID-19 (dane generowane)", new BigDecimal("900000000.00"), 0);
        for (BudgetCategory category : BudgetCategory.values()) {
            lineBudgetSink.row(budgetBase + category.ordinal(), fund, category.name(), new BigDecimal("300000000.00"), 0);
        }
        for (long s = 0; s < suppliers; s++) {
            var random = context.random("pr_supplier", s);
            String nip = Names.nip(String.format(Locale.ROOT, "98%06d", s));
            if (!Nip.isValid(nip)) {
                throw new IllegalStateException("generated an invalid NIP " + nip);
            }
            supplierSink.row(supplierBase + s, "Med-" + Names.pick(random, Names.PL_SURNAMES) + " Sp. z o.o. nr " + (s + 1), nip, null,
                    Names.address(random), null, 0);
        }
        long event = 0;
        long line = 0;
        var numbers = new java.util.HashMap<Integer, Integer>();
        for (long r = 0; r < requests; r++) {
            var random = context.random("pr_request", r);
            boolean contracted = r < contracts;
            long order = contracted ? r * requests / contracts : random.nextLong(requests);
            Instant requestedAt = time.at(order * time.totalMinutes() / requests, 5);
            LocalDate requestedOn = requestedAt.atZone(Context.WARSAW).toLocalDate();
            Item main = Names.pick(random, ITEMS);
            // The lines first: the request's estimate and the contract's totals come from them.
            int count = contracted ? (int) Math.min(linesOf(r), lines - line) : 1 + random.nextInt(5);
            var terms = new ArrayList<LineTerms>();
            for (int i = 0; i < count; i++) {
                Item item = i == 0 ? main : ITEMS.stream().filter(x -> category(x.cpv()) == category(main.cpv())).toList()
                        .get(random.nextInt((int) ITEMS.stream().filter(x -> category(x.cpv()) == category(main.cpv())).count()));
                BigDecimal price = BigDecimal.valueOf(item.minPrice() * 100L + random.nextLong((item.maxPrice() - item.minPrice()) * 100L + 1), 2);
                BigDecimal quantity = BigDecimal.valueOf(price.compareTo(new BigDecimal("1000")) > 0 ? 1 + random.nextInt(10) : 50 + random.nextInt(5000));
                terms.add(new LineTerms(item.name(), item.cpv(), quantity, item.unit(), Money.of(price, Money.PLN),
                        VatRate.ofPercent(item.vat()).orElseThrow()));
            }
            BigDecimal net = terms.stream().map(t -> t.net().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal vat = terms.stream().map(t -> t.vat().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal estimate = net.multiply(BigDecimal.valueOf(100 + random.nextInt(15))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            String basis = requestedOn.getYear() == 2021 && random.nextInt(100) < 40 ? "COVID_EXEMPTION"
                    : estimate.compareTo(new BigDecimal("130000")) < 0 ? "BELOW_NATIONAL_THRESHOLD" : "OPEN_PROCEDURE";
            String status = contracted ? "APPROVED" : random.nextBoolean() ? "REJECTED" : "SUBMITTED";
            Instant decidedAt = status.equals("SUBMITTED") ? null : requestedAt.plus(Duration.ofHours(4 + random.nextInt(100)));
            long budgetLine = budgetBase + category(main.cpv()).ordinal();
            requestSink.row(requestBase + r, main.name() + (count > 1 ? " i inne (" + count + " pozycji)" : ""), main.cpv().name(),
                    budgetLine, estimate, basis, status, "buyer", requestedAt, decidedAt == null ? null : "approver", decidedAt,
                    status.equals("REJECTED") ? "Brak uzasadnienia ilości" : null, 0, requestedOn, eurRate(requestedOn),
                    basis.equals("COVID_EXEMPTION") ? requestedOn.plusDays(random.nextInt(5)) : null);
            eventSink.row(eventBase + event++, requestBase + r, "SUBMITTED", "buyer", requestedAt, null, 0);
            if (decidedAt != null) {
                eventSink.row(eventBase + event++, requestBase + r, status, "approver", decidedAt,
                        status.equals("REJECTED") ? "Brak uzasadnienia ilości" : null, 0);
            }
            if (contracted) {
                LocalDate signed = decidedAt.atZone(Context.WARSAW).toLocalDate().plusDays(3 + random.nextInt(30));
                int number = numbers.merge(signed.getYear(), 1, Integer::sum);
                contractSink.row(contractBase + r, String.format(Locale.ROOT, "UM/G/%d/%05d", signed.getYear(), number), requestBase + r,
                        supplierBase + random.nextLong(suppliers), budgetLine, signed, 1, 0);
                versionSink.row(versionBase + r, contractBase + r, 1, signed, signed.plusDays(30 + random.nextInt(150)), null,
                        net, vat, net.add(vat), "buyer", signed.atTime(12, 0).atZone(Context.WARSAW).toInstant(), 0);
                for (int i = 0; i < count; i++) {
                    LineTerms t = terms.get(i);
                    lineSink.row(lineBase + line++, versionBase + r, i + 1, t.item(), t.cpv().name(), t.quantity(), t.unit(),
                            t.unitNet().amount(), t.vatRate().percent(), t.net().amount(), t.vat().amount(), t.gross().amount(), 0);
                    run.rowDone();
                }
            }
        }
    }
}
