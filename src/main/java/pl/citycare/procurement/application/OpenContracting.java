package pl.citycare.procurement.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.budget.Fund;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.ContractLine;
import pl.citycare.procurement.domain.contract.ContractVersion;
import pl.citycare.procurement.domain.delivery.Delivery;
import pl.citycare.procurement.domain.invoice.Invoice;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Otwarte dane o zamówieniach: what the city publishes about each contracting process (one procurement
 * request and the contracts signed under it) for the Open Contracting Data Standard. Only what public
 * procurement law makes public leaves here: no clerk's or approver's name, no supplier's bank account,
 * address or contact person, only a supplier's company name and its NIP and REGON.
 */
@Stateless
@PermitAll // the city's open-data publication: public by law and holding no personal data
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OpenContracting {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** The prefix the Open Contracting Partnership registered for this publisher ({@code ocds-} and six characters). */
    @Inject
    @ConfigProperty(name = "citycare.ocds.ocid-prefix", defaultValue = "ocds-demo00")
    private String ocidPrefix;

    @Inject
    @ConfigProperty(name = "citycare.procurement.buyer-name", defaultValue = "Gmina Miejska Kraków")
    private String buyerName;

    @Inject
    @ConfigProperty(name = "citycare.procurement.buyer-nip")
    private Optional<String> buyerNip;

    /** Who publishes and under which licence; the buyer the releases name. */
    public record Publisher(String ocidPrefix, String name, String buyerNip, String license) {
    }

    /** A supplier as the law publishes it: the company's name and its register numbers. */
    public record PublishedSupplier(long id, String name, String nip, String regon) {
    }

    public record Line(int lineNo, String item, Cpv cpv, BigDecimal quantity, String unit, Money unitNet, Money gross) {
    }

    /** A version of a contract: 1 as signed, then one per amendment (aneks) with its reason. */
    public record Version(int number, LocalDate signedOn, LocalDate termUntil, String reason, Money net, Money gross,
                          Instant createdAt, List<Line> lines) {
    }

    /** A paid invoice: the money that left the budget, and when. */
    public record Payment(long invoiceId, String invoiceNumber, LocalDate paidOn, Money gross) {
    }

    /** A delivery accepted under a contract (protokół odbioru). */
    public record Acceptance(long deliveryId, String protocolNumber, LocalDate deliveredOn) {
    }

    public record SignedContract(long id, String number, LocalDate signedOn, PublishedSupplier supplier,
                                 List<Version> versions, List<Acceptance> deliveries, List<Payment> payments) {

        public Version current() {
            return versions.get(versions.size() - 1);
        }
    }

    /** Postępowanie: one request, its decision and every contract signed under it. */
    public record Process(long requestId, String subject, Cpv cpv, String fund, BudgetCategory budgetLine,
                          Money estimatedNet, LegalBasis legalBasis, LocalDate startDate, RequestStatus status,
                          Instant requestedAt, Instant decidedAt, LocalDate bipPublishedOn, List<SignedContract> contracts) {
    }

    public Publisher publisher() {
        return new Publisher(ocidPrefix, buyerName, buyerNip.orElse(""), "https://creativecommons.org/publicdomain/zero/1.0/");
    }

    /** Every contracting process, oldest first. */
    public List<Process> processes() {
        List<ProcurementRequest> requests = em.createQuery("SELECT r FROM ProcurementRequest r ORDER BY r.requestedAt, r.id",
                ProcurementRequest.class).getResultList();
        Map<Long, List<Contract>> contracts = em.createQuery("SELECT c FROM Contract c ORDER BY c.signedOn, c.id", Contract.class)
                .getResultStream().collect(Collectors.groupingBy(Contract::getRequestId));
        Map<Long, List<Invoice>> invoices = em.createQuery("SELECT i FROM Invoice i WHERE i.paidOn IS NOT NULL ORDER BY i.paidOn, i.id",
                Invoice.class).getResultStream().collect(Collectors.groupingBy(Invoice::getContractId));
        Map<Long, List<Delivery>> deliveries = em.createQuery("SELECT d FROM Delivery d ORDER BY d.deliveredOn, d.id", Delivery.class)
                .getResultStream().collect(Collectors.groupingBy(Delivery::getContractId));
        Map<Long, PublishedSupplier> suppliers = em.createQuery("SELECT s FROM Supplier s", Supplier.class).getResultStream()
                .map(OpenContracting::published).collect(Collectors.toMap(PublishedSupplier::id, Function.identity()));
        Map<Long, BudgetLine> lines = em.createQuery("SELECT l FROM BudgetLine l", BudgetLine.class).getResultStream()
                .collect(Collectors.toMap(BudgetLine::getId, Function.identity()));
        Map<Long, String> funds = em.createQuery("SELECT f FROM Fund f", Fund.class).getResultStream()
                .collect(Collectors.toMap(Fund::getId, Fund::getName));
        return requests.stream().map(r -> process(r, lines.get(r.getBudgetLineId()), funds,
                contracts.getOrDefault(r.getId(), List.of()).stream().map(c -> signed(c, suppliers.get(c.getSupplierId()),
                        deliveries.getOrDefault(c.getId(), List.of()), invoices.getOrDefault(c.getId(), List.of()))).toList())).toList();
    }

    /** One contracting process, by its request's id. */
    public Optional<Process> process(long requestId) {
        ProcurementRequest request = em.find(ProcurementRequest.class, requestId);
        if (request == null) {
            return Optional.empty();
        }
        BudgetLine line = em.find(BudgetLine.class, request.getBudgetLineId());
        List<SignedContract> signed = em.createQuery("SELECT c FROM Contract c WHERE c.requestId = :id ORDER BY c.signedOn, c.id",
                        Contract.class).setParameter("id", requestId).getResultStream()
                .map(c -> signed(c, published(em.find(Supplier.class, c.getSupplierId())),
                        em.createQuery("SELECT d FROM Delivery d WHERE d.contractId = :id ORDER BY d.deliveredOn, d.id", Delivery.class)
                                .setParameter("id", c.getId()).getResultList(),
                        em.createQuery("SELECT i FROM Invoice i WHERE i.contractId = :id AND i.paidOn IS NOT NULL ORDER BY i.paidOn, i.id",
                                Invoice.class).setParameter("id", c.getId()).getResultList()))
                .toList();
        return Optional.of(process(request, line, Map.of(line.getFundId(), em.find(Fund.class, line.getFundId()).getName()), signed));
    }

    private static Process process(ProcurementRequest r, BudgetLine line, Map<Long, String> funds, List<SignedContract> contracts) {
        return new Process(r.getId(), r.getSubject(), r.getCpv(), funds.get(line.getFundId()), line.getCategory(), r.getEstimatedNet(),
                r.getLegalBasis(), r.getStartDate(), r.getStatus(), r.getRequestedAt(), r.getDecidedAt().orElse(null),
                r.getBipPublishedOn().orElse(null), contracts);
    }

    private static SignedContract signed(Contract c, PublishedSupplier supplier, List<Delivery> deliveries, List<Invoice> paid) {
        List<Version> versions = c.getVersions().stream().sorted(Comparator.comparingInt(ContractVersion::getNumber))
                .map(OpenContracting::version).toList();
        return new SignedContract(c.getId(), c.getNumber(), c.getSignedOn(), supplier, versions,
                deliveries.stream().map(d -> new Acceptance(d.getId(), d.getProtocolNumber(), d.getDeliveredOn())).toList(),
                paid.stream().map(i -> new Payment(i.getId(), i.getNumber(), i.getPaidOn().orElseThrow(), i.getGross())).toList());
    }

    private static Version version(ContractVersion v) {
        return new Version(v.getNumber(), v.getSignedOn(), v.getTermUntil(), v.getReason().orElse(null), v.getNetTotal(),
                v.getGrossTotal(), v.getCreatedAt(), v.getLines().stream().sorted(Comparator.comparingInt(ContractLine::getLineNo))
                .map(l -> new Line(l.getLineNo(), l.terms().item(), l.terms().cpv(), l.terms().quantity(), l.terms().unit(),
                        l.terms().unitNet(), l.getGross())).toList());
    }

    private static PublishedSupplier published(Supplier s) {
        return new PublishedSupplier(s.getId(), s.getName(), s.getNip(), s.getRegon().orElse(null));
    }
}
