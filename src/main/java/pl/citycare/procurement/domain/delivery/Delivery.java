package pl.citycare.procurement.domain.delivery;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.ContractLine;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Dostawa z protokołem odbioru: what arrived under a contract on one day, accepted by a named official.
 * Each line's quantity, with what earlier deliveries brought, stays within the contract's current
 * quantity for that line: a delivery is partial or completes the line, never more.
 */
@Entity
@Table(name = "pr_delivery")
public class Delivery extends AuditedEntity {

    public static final int PROTOCOL_MAX = 60;
    public static final int RECEIVED_BY_MAX = 120;

    @Id
    @SequenceGenerator(name = "pr_delivery_seq", sequenceName = "pr_delivery_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_delivery_seq")
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "protocol_number", nullable = false, updatable = false)
    private String protocolNumber;

    @Column(name = "delivered_on", nullable = false, updatable = false)
    private LocalDate deliveredOn;

    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @AuditExcluded("each line is audited as a record of its own")
    @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<DeliveryLine> lines = new ArrayList<>();

    protected Delivery() {
        // for JPA
    }

    /**
     * Accepts what arrived: {@code quantities} by the contract's line number (index in the current
     * version's lines, from 0, for the form), blanks and zeros meaning "none of this line".
     *
     * @param delivered what earlier deliveries brought, by line number
     * @throws RuleViolation for the first field that breaks a rule ({@code lines:2:quantity} for a line)
     */
    public static Delivery accept(Contract contract, String protocolNumber, LocalDate deliveredOn, String receivedBy,
                                  List<BigDecimal> quantities, Map<Integer, BigDecimal> delivered, String by, Instant now,
                                  LocalDate today) {
        String protocol = protocolNumber == null ? "" : protocolNumber.strip();
        String receiver = receivedBy == null ? "" : receivedBy.strip();
        require(!protocol.isEmpty() && protocol.length() <= PROTOCOL_MAX, "protocolNumber", "procurement.delivery.rule.protocol");
        require(deliveredOn != null && !deliveredOn.isBefore(contract.getSignedOn()) && !deliveredOn.isAfter(today),
                "deliveredOn", "procurement.delivery.rule.deliveredOn");
        require(!receiver.isEmpty() && receiver.length() <= RECEIVED_BY_MAX, "receivedBy", "procurement.delivery.rule.receivedBy");
        var delivery = new Delivery();
        delivery.contractId = contract.getId();
        delivery.protocolNumber = protocol;
        delivery.deliveredOn = deliveredOn;
        delivery.receivedBy = receiver;
        delivery.createdBy = by;
        delivery.createdAt = now;
        List<ContractLine> contracted = contract.current().getLines();
        for (int i = 0; i < contracted.size() && i < quantities.size(); i++) {
            BigDecimal quantity = quantities.get(i);
            if (quantity == null || quantity.signum() == 0) {
                continue;
            }
            ContractLine line = contracted.get(i);
            String field = "lines:" + i + ":quantity";
            require(quantity.signum() > 0 && quantity.stripTrailingZeros().scale() <= 3, field, "procurement.delivery.rule.quantity");
            BigDecimal before = delivered.getOrDefault(line.getLineNo(), BigDecimal.ZERO);
            require(before.add(quantity).compareTo(line.terms().quantity()) <= 0, field, "procurement.delivery.rule.aboveContract");
            delivery.lines.add(new DeliveryLine(delivery, line.getLineNo(), line.terms().item(), quantity));
        }
        require(!delivery.lines.isEmpty(), "lines", "procurement.delivery.rule.lines");
        return delivery;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getProtocolNumber() {
        return protocolNumber;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<DeliveryLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("contractId", contractId);
        state.put("protocolNumber", protocolNumber);
        state.put("deliveredOn", deliveredOn);
        state.put("receivedBy", receivedBy);
        state.put("createdBy", createdBy);
        state.put("createdAt", createdAt);
        return state;
    }
}
