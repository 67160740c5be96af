package pl.citycare.procurement.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One contract line's quantity in a delivery; the item's name is kept as the protocol printed it. */
@Entity
@Table(name = "pr_delivery_line")
public class DeliveryLine extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pr_delivery_line_seq", sequenceName = "pr_delivery_line_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_delivery_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private Delivery delivery;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(nullable = false, updatable = false)
    private String item;

    @Column(nullable = false, updatable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    protected DeliveryLine() {
        // for JPA
    }

    DeliveryLine(Delivery delivery, int lineNo, String item, BigDecimal quantity) {
        this.delivery = delivery;
        this.lineNo = lineNo;
        this.item = item;
        this.quantity = quantity;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getItem() {
        return item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("delivery", delivery == null ? null : delivery.getId());
        state.put("lineNo", lineNo);
        state.put("item", item);
        state.put("quantity", quantity);
        return state;
    }
}
