package pl.citycare.procurement.application;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that adds up what deliveries brought per contract line, in the database: the delivery
 * check, the amendment check and the contract page all read it here.
 */
final class Delivered {

    private Delivered() {
    }

    static Map<Integer, BigDecimal> byLine(EntityManager em, long contractId) {
        List<Object[]> rows = em.createQuery("SELECT l.lineNo, SUM(l.quantity) FROM DeliveryLine l JOIN l.delivery d "
                + "WHERE d.contractId = :contract GROUP BY l.lineNo", Object[].class).setParameter("contract", contractId)
                .getResultList();
        var delivered = new HashMap<Integer, BigDecimal>();
        rows.forEach(r -> delivered.put(((Number) r[0]).intValue(), (BigDecimal) r[1]));
        return delivered;
    }
}
