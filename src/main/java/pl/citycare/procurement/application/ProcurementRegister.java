package pl.citycare.procurement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.shared.domain.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rejestr postępowań: every procurement request with the contracts signed under it, for the auditor's
 * workspace, filtered and paged in the database: start date, supplier (name or NIP), CPV, legal basis,
 * status, estimated net value, and words of the subject or of any contract line's item.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class ProcurementRegister {

    /** The most rows one export holds. */
    public static final int EXPORT_MAX = 10_000;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** What the auditor filters by; each null or blank field filters nothing. */
    public record Filter(LocalDate from, LocalDate to, String supplier, Cpv cpv, LegalBasis legalBasis, RequestStatus status,
                         BigDecimal minNet, BigDecimal maxNet, String text) implements Serializable {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    /** A contract as the register row names it. */
    public record SignedContract(long id, String number, String supplier, String supplierNip, LocalDate signedOn,
                                 int currentVersion, Money gross) implements Serializable {
    }

    public record Row(long requestId, String subject, Cpv cpv, LegalBasis legalBasis, RequestStatus status, LocalDate startDate,
                      Money estimatedNet, List<SignedContract> contracts) implements Serializable {
    }

    public List<Row> search(Filter filter, int first, int max) {
        List<ProcurementRequest> requests = query(filter, "SELECT r", " ORDER BY r.startDate DESC, r.id DESC", ProcurementRequest.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        List<Long> ids = requests.stream().map(ProcurementRequest::getId).toList();
        Map<Long, List<SignedContract>> contracts = em.createQuery(
                        "SELECT c, s FROM Contract c, Supplier s WHERE s.id = c.supplierId AND c.requestId IN :ids ORDER BY c.signedOn, c.id",
                        Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(row -> ((Contract) row[0]).getRequestId(), LinkedHashMap::new,
                        Collectors.mapping(row -> signed((Contract) row[0], (Supplier) row[1]), Collectors.toList())));
        return requests.stream().map(r -> new Row(r.getId(), r.getSubject(), r.getCpv(), r.getLegalBasis(), r.getStatus(),
                r.getStartDate(), r.getEstimatedNet(), contracts.getOrDefault(r.getId(), List.of()))).toList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(r)", "", Long.class).getSingleResult();
    }

    private static SignedContract signed(Contract c, Supplier s) {
        return new SignedContract(c.getId(), c.getNumber(), s.getName(), s.getNip(), c.getSignedOn(), c.getCurrentVersion(),
                c.current().getGrossTotal());
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        var where = new StringBuilder(" FROM ProcurementRequest r WHERE 1 = 1");
        var parameters = new LinkedHashMap<String, Object>();
        condition(where, parameters, f.from(), " AND r.startDate >= :from", "from", Function.identity());
        condition(where, parameters, f.to(), " AND r.startDate <= :to", "to", Function.identity());
        condition(where, parameters, f.cpv(), " AND r.cpv = :cpv", "cpv", Function.identity());
        condition(where, parameters, f.legalBasis(), " AND r.legalBasis = :basis", "basis", Function.identity());
        condition(where, parameters, f.status(), " AND r.status = :status", "status", Function.identity());
        condition(where, parameters, f.minNet(), " AND r.estimatedNet >= :minNet", "minNet", Function.identity());
        condition(where, parameters, f.maxNet(), " AND r.estimatedNet <= :maxNet", "maxNet", Function.identity());
        condition(where, parameters, blankToNull(f.supplier()), " AND EXISTS (SELECT c FROM Contract c, Supplier s WHERE c.requestId = r.id "
                + "AND s.id = c.supplierId AND (LOWER(s.name) LIKE :supplier ESCAPE '\\' OR s.nip LIKE :supplier ESCAPE '\\'))", "supplier",
                ProcurementRegister::contains);
        condition(where, parameters, blankToNull(f.text()), " AND (LOWER(r.subject) LIKE :text ESCAPE '\\' OR EXISTS (SELECT l FROM "
                + "ContractLine l JOIN l.contractVersion v JOIN v.contract c WHERE c.requestId = r.id AND LOWER(l.item) LIKE :text ESCAPE '\\'))",
                "text", ProcurementRegister::contains);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static <V> void condition(StringBuilder where, Map<String, Object> parameters, V value, String jpql, String name,
                                      Function<V, Object> parameter) {
        if (value != null) {
            where.append(jpql);
            parameters.put(name, parameter.apply(value));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A LIKE pattern for text typed by an auditor: lower case, and {@code %} and {@code _} match themselves. */
    private static Object contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
