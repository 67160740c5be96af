package pl.citycare.procurement.web;

import pl.citycare.platform.export.RecordedExport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.application.Deliveries;
import pl.citycare.procurement.application.Deliveries.Acceptance;
import pl.citycare.procurement.application.Deliveries.DeliveryView;
import pl.citycare.procurement.application.Deliveries.LineProgress;
import pl.citycare.procurement.application.Distributions;
import pl.citycare.procurement.application.Distributions.DistributionView;
import pl.citycare.procurement.application.Distributions.Handover;
import pl.citycare.procurement.application.Distributions.Stock;
import pl.citycare.procurement.application.Invoices;
import pl.citycare.procurement.application.Invoices.InvoiceView;
import pl.citycare.procurement.application.Invoices.Receipt;
import pl.citycare.procurement.domain.distribution.RecipientKind;
import pl.citycare.shared.application.Rejected;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Realizacja umowy: the deliveries (with their acceptance protocols as PDF), the invoices and the
 * hand-overs to recipients of the contract the page shows, and the clerk's forms for them.
 */
@Named
@ViewScoped
public class ContractExecutionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBean contractBean;

    @Inject
    private Deliveries deliveries;

    @Inject
    private Invoices invoices;

    @Inject
    private Distributions distributions;

    private List<DeliveryView> deliveryList;
    private List<LineProgress> progress;
    private List<InvoiceView> invoiceList;
    private List<Stock> stock;
    private List<DistributionView> distributionList;

    private Integer handoverLine;
    private RecipientKind recipientKind;
    private String recipientName;
    private BigDecimal handoverQuantity;
    private LocalDate handedOn;
    private Long inUseId;
    private LocalDate inUseOn;

    private String protocolNumber;
    private LocalDate deliveredOn;
    private String receivedBy;
    private final List<BigDecimal> quantities = new ArrayList<>();

    private String invoiceNumber;
    private LocalDate issuedOn;
    private LocalDate dueOn;
    private BigDecimal net;
    private BigDecimal vat;
    private Long paidInvoiceId;
    private LocalDate paidOn;

    private long contractId() {
        return contractBean.getContract().id();
    }

    private void reload() {
        deliveryList = deliveries.of(contractId());
        progress = deliveries.progress(contractId());
        invoiceList = invoices.of(contractId());
        stock = distributions.stock(contractId());
        distributionList = distributions.of(contractId());
        quantities.clear();
        progress.forEach(p -> quantities.add(null));
    }

    private void loaded() {
        if (progress == null && contractBean.getContract() != null) {
            reload();
        }
    }

    public void accept() {
        try {
            DeliveryView accepted = deliveries.accept(contractId(), new Acceptance(protocolNumber, deliveredOn, receivedBy,
                    new ArrayList<>(quantities)));
            reload();
            protocolNumber = null;
            deliveredOn = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.delivery.accepted", accepted.protocolNumber());
        } catch (Rejected rejected) {
            refused("delivery", rejected);
        }
    }

    @RecordedExport
    public void downloadProtocol(long deliveryId) throws IOException {
        var protocol = deliveries.protocol(deliveryId).orElseThrow();
        Faces.sendFile(DeliveryProtocolPdf.of(protocol), "protokol-odbioru-" + deliveryId + ".pdf", true);
    }

    public void receive() {
        try {
            InvoiceView received = invoices.receive(contractId(), new Receipt(invoiceNumber, issuedOn, dueOn, net, vat));
            reload();
            invoiceNumber = null;
            issuedOn = null;
            dueOn = null;
            net = null;
            vat = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.invoice.received", received.number());
        } catch (Rejected rejected) {
            refused("invoice", rejected);
        }
    }

    public void pay() {
        InvoiceView invoice = getInvoices().stream().filter(i -> paidInvoiceId != null && i.id() == paidInvoiceId).findFirst()
                .orElse(null);
        if (invoice == null) {
            Messages.add("payment:paidInvoice", FacesMessage.SEVERITY_ERROR, "procurement.invoice.rule.choose");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            invoices.pay(invoice.id(), invoice.version(), paidOn);
            reload();
            paidInvoiceId = null;
            paidOn = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.invoice.paid", invoice.number());
        } catch (Rejected rejected) {
            refused("payment", rejected);
        }
    }

    public void handOver() {
        try {
            DistributionView done = distributions.handOver(contractId(), new Handover(handoverLine, recipientKind, recipientName,
                    handoverQuantity, handedOn));
            reload();
            handoverQuantity = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.distribution.done", done.recipientName());
        } catch (Rejected rejected) {
            refused("handover", rejected);
        }
    }

    public void confirmInUse() {
        DistributionView awaiting = getAwaitingUse().stream().filter(d -> inUseId != null && d.id() == inUseId).findFirst()
                .orElse(null);
        if (awaiting == null) {
            Messages.add("inUse:awaiting", FacesMessage.SEVERITY_ERROR, "procurement.distribution.rule.choose");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            distributions.confirmInUse(awaiting.id(), awaiting.version(), inUseOn);
            reload();
            inUseId = null;
            inUseOn = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.distribution.inUse", awaiting.recipientName());
        } catch (Rejected rejected) {
            refused("inUse", rejected);
        }
    }

    public List<Stock> getStock() {
        loaded();
        return stock;
    }

    public List<DistributionView> getDistributions() {
        loaded();
        return distributionList;
    }

    /** Apparatus handed over and not yet confirmed in use. */
    public List<DistributionView> getAwaitingUse() {
        return getDistributions().stream().filter(d -> d.apparatus() && d.putIntoUseOn() == null).toList();
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    public Integer getHandoverLine() {
        return handoverLine;
    }

    public void setHandoverLine(Integer handoverLine) {
        this.handoverLine = handoverLine;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public BigDecimal getHandoverQuantity() {
        return handoverQuantity;
    }

    public void setHandoverQuantity(BigDecimal handoverQuantity) {
        this.handoverQuantity = handoverQuantity;
    }

    public LocalDate getHandedOn() {
        return handedOn;
    }

    public void setHandedOn(LocalDate handedOn) {
        this.handedOn = handedOn;
    }

    public Long getInUseId() {
        return inUseId;
    }

    public void setInUseId(Long inUseId) {
        this.inUseId = inUseId;
    }

    public LocalDate getInUseOn() {
        return inUseOn;
    }

    public void setInUseOn(LocalDate inUseOn) {
        this.inUseOn = inUseOn;
    }

    private static void refused(String form, Rejected rejected) {
        Messages.add("lines".equals(rejected.field()) ? null : form + ":" + rejected.field(), FacesMessage.SEVERITY_ERROR,
                rejected.messageKey());
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isClerk() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PROCUREMENT_CLERK);
    }

    public List<DeliveryView> getDeliveries() {
        loaded();
        return deliveryList;
    }

    public List<LineProgress> getProgress() {
        loaded();
        return progress;
    }

    public List<InvoiceView> getInvoices() {
        loaded();
        return invoiceList;
    }

    public List<InvoiceView> getUnpaid() {
        return getInvoices().stream().filter(i -> i.paidOn() == null).toList();
    }

    public List<BigDecimal> getQuantities() {
        loaded();
        return quantities;
    }

    public String getProtocolNumber() {
        return protocolNumber;
    }

    public void setProtocolNumber(String protocolNumber) {
        this.protocolNumber = protocolNumber;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public BigDecimal getNet() {
        return net;
    }

    public void setNet(BigDecimal net) {
        this.net = net;
    }

    public BigDecimal getVat() {
        return vat;
    }

    public void setVat(BigDecimal vat) {
        this.vat = vat;
    }

    public Long getPaidInvoiceId() {
        return paidInvoiceId;
    }

    public void setPaidInvoiceId(Long paidInvoiceId) {
        this.paidInvoiceId = paidInvoiceId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }
}
