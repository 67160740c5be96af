package pl.citycare.procurement.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import pl.citycare.platform.demo.DemoDataSet;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.budget.Fund;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.LineTerms;
import pl.citycare.procurement.domain.contract.VatRate;
import pl.citycare.procurement.domain.delivery.Delivery;
import pl.citycare.procurement.domain.distribution.Distribution;
import pl.citycare.procurement.domain.distribution.RecipientKind;
import pl.citycare.procurement.domain.invoice.Invoice;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestEvent;
import pl.citycare.procurement.domain.request.ValueEstimate;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.procurement.domain.supplier.SupplierDetails;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 6.3 mln PLN programme's fund split into its three budget lines, a dozen fictional suppliers
 * (made-up names; NIP, REGON and accounts carry valid check digits but belong to no one known), and
 * the requests of its purchases and their contracts.
 */
@ApplicationScoped
public class ProcurementDemoData implements DemoDataSet {

    static final String FUND = "Program zakupu sprzętu medycznego i środków ochrony COVID-19";

    static final List<SupplierDetails> SUPPLIERS = List.of(
            new SupplierDetails("Medi-Tech Polska sp. z o.o. (przykład)", "5260181596", "083016611", "ul. Przykładowa 10, 00-001 Warszawa", "PL04318609139099603082462819"),
            new SupplierDetails("Respira Med S.A. (przykład)", "4821993518", "819093789", "ul. Przykładowa 11, 30-002 Kraków", "PL58657975432319487574911862"),
            new SupplierDetails("Oxy-Puls sp. j. (przykład)", "5276018953", "559797110", "ul. Przykładowa 12, 50-003 Wrocław", "PL67471049746507529170342366"),
            new SupplierDetails("Monitoring Kliniczny sp. z o.o. (przykład)", "7127684261", "846563219", "ul. Przykładowa 13, 20-004 Lublin", "PL63223307924402685995289078"),
            new SupplierDetails("Ochrona-Med Hurt (przykład)", "6666176034", "137215906", "ul. Przykładowa 14, 40-005 Katowice", "PL97109281590139624595711777"),
            new SupplierDetails("Rękawice Polskie sp. z o.o. (przykład)", "7412154727", "803852807", "ul. Przykładowa 15, 10-006 Olsztyn", "PL04841485253888539336338750"),
            new SupplierDetails("Fartuchy i Odzież Medyczna (przykład)", "5131373537", "799075111", "ul. Przykładowa 16, 90-007 Łódź", "PL74637265167612220297299752"),
            new SupplierDetails("Maski24 sp. z o.o. (przykład)", "8820018262", "330434830", "ul. Przykładowa 17, 80-008 Gdańsk", "PL14954862057986828288072902"),
            new SupplierDetails("Termo-Diagnostyka (przykład)", "2279180581", "887180334", "ul. Przykładowa 18, 60-009 Poznań", "PL92401878017598983478878384"),
            new SupplierDetails("Aparatura Szpitalna S.A. (przykład)", "8372616753", "136134123", "ul. Przykładowa 19, 70-010 Szczecin", "PL48524273167232686563551505"),
            new SupplierDetails("Dezynfekcja Plus (przykład)", "8770658946", "811311442", "ul. Przykładowa 20, 35-011 Rzeszów", "PL81024264628897514026140141"),
            new SupplierDetails("Medyczne Hurtownie Małopolski (przykład)", "9314170583", "649208318", "ul. Przykładowa 21, 31-012 Kraków", "PL23240234483478245040008838"));

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Override
    public int order() {
        return PROCUREMENT;
    }

    @Override
    public String name() {
        return "procurement";
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(f) FROM Fund f", Long.class).getSingleResult() == 0) {
            var fund = new Fund(FUND, Money.pln("6300000.00"));
            em.persist(fund);
            em.flush();
            em.persist(new BudgetLine(fund, BudgetCategory.MEDICAL_APPARATUS, Money.pln("3400000.00")));
            em.persist(new BudgetLine(fund, BudgetCategory.MEDICAL_EQUIPMENT, Money.pln("1300000.00")));
            em.persist(new BudgetLine(fund, BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT, Money.pln("1600000.00")));
        }
        if (em.createQuery("SELECT COUNT(s) FROM Supplier s", Long.class).getSingleResult() == 0) {
            SUPPLIERS.forEach(details -> em.persist(Supplier.register(details)));
        }
        if (em.createQuery("SELECT COUNT(r) FROM ProcurementRequest r", Long.class).getSingleResult() == 0) {
            REQUESTS.forEach(this::request);
        }
        if (em.createQuery("SELECT COUNT(c) FROM Contract c", Long.class).getSingleResult() == 0) {
            CONTRACTS.forEach(this::contract);
            EXECUTION.forEach(this::execute);
            DISTRIBUTIONS.forEach(this::distribute);
        }
    }

    /** A demo request as the buyer made it on its start date and, unless still waiting, the approver approved it the next day. */
    record DemoRequest(String subject, Cpv cpv, BudgetCategory line, String net, LegalBasis basis, LocalDate start,
                       LocalDate bipPublishedOn, boolean approved) {
    }

    /**
     * The pandemic purchases of 2020-2021 (when the thresholds in the dictionary applied): ventilators and
     * masks under the COVID-19 act (the masks without their BIP publication), an open procedure above the EU
     * threshold, and pulse oximeters and thermometers bought in parts in 2021 that together cross 130,000 PLN,
     * the flagged split order.
     */
    static final List<DemoRequest> REQUESTS = List.of(
            new DemoRequest("Respiratory stacjonarne z nawilżaczem, 8 szt.", Cpv.RESPIRATORY_DEVICES, BudgetCategory.MEDICAL_APPARATUS,
                    "1480000.00", LegalBasis.COVID_EXEMPTION, LocalDate.of(2020, 4, 6), LocalDate.of(2020, 4, 30), true),
            new DemoRequest("Maseczki FFP2, 120 000 szt.", Cpv.PROTECTIVE_GEAR, BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT,
                    "540000.00", LegalBasis.COVID_EXEMPTION, LocalDate.of(2020, 10, 12), null, true),
            new DemoRequest("Rękawice nitrylowe, 1 000 000 szt.", Cpv.DISPOSABLE_GLOVES, BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT,
                    "390000.00", LegalBasis.COVID_EXEMPTION, LocalDate.of(2020, 11, 3), LocalDate.of(2020, 11, 20), true),
            new DemoRequest("Kardiomonitory przyłóżkowe, 12 szt.", Cpv.PATIENT_MONITORING, BudgetCategory.MEDICAL_APPARATUS,
                    "1150000.00", LegalBasis.OPEN_PROCEDURE, LocalDate.of(2021, 1, 18), null, true),
            new DemoRequest("Pulsoksymetry napalcowe, 600 szt.", Cpv.MEDICAL_DEVICES, BudgetCategory.MEDICAL_EQUIPMENT,
                    "72000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 2, 10), null, true),
            new DemoRequest("Fartuchy ochronne jednorazowe, 30 000 szt.", Cpv.MEDICAL_CLOTHING,
                    BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT, "255000.00", LegalBasis.OPEN_PROCEDURE, LocalDate.of(2021, 3, 1),
                    null, true),
            new DemoRequest("Termometry bezdotykowe i pulsoksymetry, 400 szt.", Cpv.MEDICAL_DEVICES,
                    BudgetCategory.MEDICAL_EQUIPMENT, "64500.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 5, 17),
                    null, true),
            new DemoRequest("Koncentratory tlenu, 10 szt.", Cpv.RESPIRATORY_DEVICES, BudgetCategory.MEDICAL_APPARATUS,
                    "118000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 9, 1), null, false));

    /** The demo users (see DemoUsers) who asked and decided. */
    private static final String BUYER = "buyer";
    private static final String APPROVER = "approver";
    private static final BigDecimal RATE_2020_2021 = new BigDecimal("4.2693");

    /** A demo contract under the request with {@code subject}, with the supplier named, and at most one amendment. */
    record DemoContract(String subject, String supplier, String number, LocalDate signedOn, LocalDate termUntil,
                        List<LineTerms> lines, LocalDate amendedOn, String amendmentReason, List<LineTerms> amendedLines) {
    }

    private static LineTerms line(String item, Cpv cpv, String quantity, String unitNet) {
        // Medical devices and protective equipment for health care: 8 % VAT.
        return new LineTerms(item, cpv, new BigDecimal(quantity), "szt.", Money.pln(unitNet), VatRate.REDUCED_8);
    }

    /**
     * A contract for each approved purchase; the ventilators' is amended (one ventilator more). Every
     * budget line stays within its plan (see the test).
     */
    static final List<DemoContract> CONTRACTS = List.of(
            new DemoContract(REQUESTS.get(0).subject(), "Respira Med S.A. (przykład)", "ZP/COVID/3/2020",
                    LocalDate.of(2020, 4, 10), LocalDate.of(2020, 5, 31),
                    List.of(line("Respirator stacjonarny z nawilżaczem", Cpv.RESPIRATORY_DEVICES, "8", "165000.00")),
                    LocalDate.of(2020, 5, 5), "Dodatkowy respirator dla szpitala tymczasowego",
                    List.of(line("Respirator stacjonarny z nawilżaczem", Cpv.RESPIRATORY_DEVICES, "9", "165000.00"))),
            new DemoContract(REQUESTS.get(1).subject(), "Maski24 sp. z o.o. (przykład)", "ZP/COVID/11/2020",
                    LocalDate.of(2020, 10, 14), LocalDate.of(2020, 11, 30),
                    List.of(line("Półmaska filtrująca FFP2", Cpv.PROTECTIVE_GEAR, "120000", "4.40")), null, null, null),
            new DemoContract(REQUESTS.get(2).subject(), "Rękawice Polskie sp. z o.o. (przykład)", "ZP/COVID/12/2020",
                    LocalDate.of(2020, 11, 5), LocalDate.of(2020, 12, 31),
                    List.of(line("Rękawice nitrylowe jednorazowe", Cpv.DISPOSABLE_GLOVES, "1000000", "0.38")), null, null, null),
            new DemoContract(REQUESTS.get(3).subject(), "Monitoring Kliniczny sp. z o.o. (przykład)", "ZP/PN/2/2021",
                    LocalDate.of(2021, 3, 22), LocalDate.of(2021, 6, 30),
                    List.of(line("Kardiomonitor przyłóżkowy", Cpv.PATIENT_MONITORING, "12", "85000.00")), null, null, null),
            new DemoContract(REQUESTS.get(4).subject(), "Oxy-Puls sp. j. (przykład)", "ZP/BZP/5/2021",
                    LocalDate.of(2021, 2, 15), LocalDate.of(2021, 3, 15),
                    List.of(line("Pulsoksymetr napalcowy", Cpv.MEDICAL_DEVICES, "600", "115.00")), null, null, null),
            new DemoContract(REQUESTS.get(5).subject(), "Fartuchy i Odzież Medyczna (przykład)", "ZP/PN/4/2021",
                    LocalDate.of(2021, 4, 20), LocalDate.of(2021, 6, 30),
                    List.of(line("Fartuch ochronny jednorazowy", Cpv.MEDICAL_CLOTHING, "30000", "8.20")), null, null, null),
            new DemoContract(REQUESTS.get(6).subject(), "Termo-Diagnostyka (przykład)", "ZP/BZP/9/2021",
                    LocalDate.of(2021, 5, 24), LocalDate.of(2021, 6, 30),
                    List.of(line("Termometr bezdotykowy", Cpv.MEDICAL_DEVICES, "250", "140.00"),
                            line("Pulsoksymetr napalcowy", Cpv.MEDICAL_DEVICES, "150", "115.00")), null, null, null));

    /** A delivery of a demo contract: its quantities by line, in the order of the contract's lines. */
    record DemoDelivery(String protocol, LocalDate on, List<String> quantities) {
    }

    /** An invoice of a demo contract; {@code paidOn} null for one still unpaid. */
    record DemoInvoice(String number, LocalDate issuedOn, LocalDate dueOn, String net, String vat, LocalDate paidOn) {
    }

    record DemoExecution(String contract, List<DemoDelivery> deliveries, List<DemoInvoice> invoices) {
    }

    /**
     * What arrived and was invoiced: everything but half of the gloves; the pulse oximeters' invoice is
     * unpaid and long overdue, for the overdue view.
     */
    static final List<DemoExecution> EXECUTION = List.of(
            new DemoExecution("ZP/COVID/3/2020",
                    List.of(new DemoDelivery("PO/1/2020", LocalDate.of(2020, 4, 24), List.of("8")),
                            new DemoDelivery("PO/4/2020", LocalDate.of(2020, 5, 20), List.of("1"))),
                    List.of(new DemoInvoice("FV/R/112/2020", LocalDate.of(2020, 4, 24), LocalDate.of(2020, 5, 24), "1320000.00",
                                    "105600.00", LocalDate.of(2020, 5, 15)),
                            new DemoInvoice("FV/R/131/2020", LocalDate.of(2020, 5, 20), LocalDate.of(2020, 6, 19), "165000.00",
                                    "13200.00", LocalDate.of(2020, 6, 10)))),
            new DemoExecution("ZP/COVID/11/2020",
                    List.of(new DemoDelivery("PO/21/2020", LocalDate.of(2020, 10, 26), List.of("120000"))),
                    List.of(new DemoInvoice("FV/2020/10/0415", LocalDate.of(2020, 10, 26), LocalDate.of(2020, 11, 25), "528000.00",
                            "42240.00", LocalDate.of(2020, 11, 20)))),
            new DemoExecution("ZP/COVID/12/2020",
                    List.of(new DemoDelivery("PO/25/2020", LocalDate.of(2020, 11, 20), List.of("600000"))),
                    List.of(new DemoInvoice("12/11/2020/RP", LocalDate.of(2020, 11, 20), LocalDate.of(2020, 12, 20), "228000.00",
                            "18240.00", LocalDate.of(2020, 12, 15)))),
            new DemoExecution("ZP/PN/2/2021",
                    List.of(new DemoDelivery("PO/9/2021", LocalDate.of(2021, 5, 10), List.of("12"))),
                    List.of(new DemoInvoice("FV/MK/2021/0077", LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 9), "1020000.00",
                            "81600.00", LocalDate.of(2021, 6, 1)))),
            new DemoExecution("ZP/BZP/5/2021",
                    List.of(new DemoDelivery("PO/3/2021", LocalDate.of(2021, 2, 25), List.of("600"))),
                    List.of(new DemoInvoice("OP/02/2021/19", LocalDate.of(2021, 2, 25), LocalDate.of(2021, 3, 27), "69000.00",
                            "5520.00", null))),
            new DemoExecution("ZP/PN/4/2021",
                    List.of(new DemoDelivery("PO/8/2021", LocalDate.of(2021, 5, 15), List.of("30000"))),
                    List.of(new DemoInvoice("FOM/5/2021", LocalDate.of(2021, 5, 15), LocalDate.of(2021, 6, 14), "246000.00",
                            "19680.00", LocalDate.of(2021, 6, 10)))),
            new DemoExecution("ZP/BZP/9/2021",
                    List.of(new DemoDelivery("PO/11/2021", LocalDate.of(2021, 6, 2), List.of("250", "150"))),
                    List.of(new DemoInvoice("TD/2021/06/2", LocalDate.of(2021, 6, 2), LocalDate.of(2021, 7, 2), "52250.00",
                            "4180.00", LocalDate.of(2021, 6, 28)))));

    private void execute(DemoExecution demo) {
        Contract contract = em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                .setParameter("number", demo.contract()).getSingleResult();
        LocalDate today = LocalDate.now(ProcurementRequest.ZONE);
        Map<Integer, BigDecimal> delivered = new HashMap<>();
        for (DemoDelivery d : demo.deliveries()) {
            Delivery delivery = Delivery.accept(contract, d.protocol(), d.on(), "Magazyn Wydziału Zdrowia (przykład)",
                    d.quantities().stream().map(BigDecimal::new).toList(), delivered, BUYER, at(d.on()), today);
            em.persist(delivery);
            delivery.getLines().forEach(l -> delivered.merge(l.getLineNo(), l.getQuantity(), BigDecimal::add));
        }
        Money invoiced = Money.zero(Money.PLN);
        for (DemoInvoice i : demo.invoices()) {
            Invoice invoice = Invoice.receive(contract, i.number(), i.issuedOn(), i.dueOn(), Money.pln(i.net()), Money.pln(i.vat()),
                    invoiced, BUYER, at(i.issuedOn()), today);
            if (i.paidOn() != null) {
                invoice.pay(i.paidOn(), today);
            }
            em.persist(invoice);
            invoiced = invoiced.plus(invoice.getGross());
        }
        em.flush();
    }

    /** A hand-over from a demo contract's line (its place, from 0); {@code inUseOn} for apparatus confirmed in use. */
    record DemoDistribution(String contract, int line, RecipientKind kind, String recipient, String quantity, LocalDate on,
                            LocalDate inUseOn) {
    }

    /**
     * Where the equipment went: most ventilators and monitors are in use; two ventilators handed to a hospital
     * were never confirmed in use and one stays in stock, both flagged as idle; masks went to a test site and
     * a psychological aid centre too.
     */
    static final List<DemoDistribution> DISTRIBUTIONS = List.of(
            new DemoDistribution("ZP/COVID/3/2020", 0, RecipientKind.HOSPITAL, "Szpital Miejski im. Przykładowego (przykład)", "6",
                    LocalDate.of(2020, 4, 27), LocalDate.of(2020, 4, 29)),
            new DemoDistribution("ZP/COVID/3/2020", 0, RecipientKind.HOSPITAL, "Szpital Specjalistyczny Nowa Huta (przykład)", "2",
                    LocalDate.of(2020, 5, 22), null),
            new DemoDistribution("ZP/PN/2/2021", 0, RecipientKind.HOSPITAL, "Szpital Miejski im. Przykładowego (przykład)", "12",
                    LocalDate.of(2021, 5, 12), LocalDate.of(2021, 5, 14)),
            new DemoDistribution("ZP/COVID/11/2020", 0, RecipientKind.HOSPITAL, "Szpital Specjalistyczny Nowa Huta (przykład)",
                    "80000", LocalDate.of(2020, 10, 28), null),
            new DemoDistribution("ZP/COVID/11/2020", 0, RecipientKind.TEST_SITE, "Punkt testowy Czyżyny (przykład)", "20000",
                    LocalDate.of(2020, 10, 29), null),
            new DemoDistribution("ZP/COVID/11/2020", 0, RecipientKind.AID_CENTRE, "CPPP1 Stare Miasto (przykład)", "2000",
                    LocalDate.of(2020, 10, 30), null),
            new DemoDistribution("ZP/COVID/12/2020", 0, RecipientKind.CARE_HOME, "Dom Pomocy Społecznej Podgórze (przykład)",
                    "300000", LocalDate.of(2020, 11, 23), null));

    private void distribute(DemoDistribution demo) {
        Contract contract = em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                .setParameter("number", demo.contract()).getSingleResult();
        boolean apparatus = em.find(BudgetLine.class, contract.getBudgetLineId()).getCategory() == BudgetCategory.MEDICAL_APPARATUS;
        LocalDate today = LocalDate.now(ProcurementRequest.ZONE);
        // Stock here is what the demo's own deliveries brought less the demo's earlier hand-overs; the domain checks it.
        BigDecimal delivered = EXECUTION.stream().filter(e -> e.contract().equals(demo.contract()))
                .flatMap(e -> e.deliveries().stream()).map(d -> new BigDecimal(d.quantities().get(demo.line())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal handed = DISTRIBUTIONS.stream().takeWhile(d -> d != demo)
                .filter(d -> d.contract().equals(demo.contract()) && d.line() == demo.line())
                .map(d -> new BigDecimal(d.quantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Distribution distribution = Distribution.handOver(contract, demo.line(), delivered.subtract(handed), apparatus, demo.kind(),
                demo.recipient(), new BigDecimal(demo.quantity()), demo.on(), BUYER, at(demo.on()), today);
        if (demo.inUseOn() != null) {
            distribution.confirmInUse(demo.inUseOn(), today);
        }
        em.persist(distribution);
        em.flush();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(ProcurementRequest.ZONE).toInstant();
    }

    private void contract(DemoContract demo) {
        ProcurementRequest request = em.createQuery("SELECT r FROM ProcurementRequest r WHERE r.subject = :subject",
                ProcurementRequest.class).setParameter("subject", demo.subject()).getSingleResult();
        Supplier supplier = em.createQuery("SELECT s FROM Supplier s WHERE s.name = :name", Supplier.class)
                .setParameter("name", demo.supplier()).getSingleResult();
        Instant signed = demo.signedOn().atTime(12, 0).atZone(ProcurementRequest.ZONE).toInstant();
        LocalDate today = LocalDate.now(ProcurementRequest.ZONE);
        Contract contract = Contract.sign(demo.number(), request, supplier.getId(), demo.signedOn(), demo.termUntil(), demo.lines(),
                BUYER, signed, today);
        em.persist(contract);
        em.flush();
        if (demo.amendedOn() != null) {
            contract.amend(demo.amendedOn(), demo.amendmentReason(), demo.termUntil(), demo.amendedLines(), BUYER,
                    demo.amendedOn().atTime(12, 0).atZone(ProcurementRequest.ZONE).toInstant(), today);
            em.flush();
        }
    }

    private void request(DemoRequest demo) {
        BudgetLine line = em.createQuery("SELECT l FROM BudgetLine l WHERE l.category = :category", BudgetLine.class)
                .setParameter("category", demo.line()).setMaxResults(1).getSingleResult();
        Instant asked = demo.start().atTime(9, 0).atZone(ProcurementRequest.ZONE).toInstant();
        var request = ProcurementRequest.submit(demo.subject(), demo.cpv(), line.getId(),
                new ValueEstimate(Money.pln(demo.net()), RATE_2020_2021), demo.basis(), demo.start(), BUYER, asked);
        em.persist(request);
        em.flush();
        em.persist(RequestEvent.of(request, BUYER, asked));
        if (demo.approved()) {
            Instant decided = asked.plus(Duration.ofDays(1));
            request.approve(APPROVER, decided);
            em.persist(RequestEvent.of(request, APPROVER, decided));
        }
        if (demo.bipPublishedOn() != null) {
            request.recordBipPublication(demo.bipPublishedOn(), demo.bipPublishedOn());
        }
    }
}
