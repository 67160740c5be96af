package pl.citycare.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.DisplayFormat;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.application.Contracts;
import pl.citycare.procurement.application.Contracts.Amendment;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.OverBudget;
import pl.citycare.procurement.application.Contracts.RequestChoice;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.application.Contracts.SupplierChoice;
import pl.citycare.procurement.application.Contracts.VersionView;
import pl.citycare.procurement.domain.contract.VatRate;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Umowa: a new contract under an approved request ({@code contract.xhtml}), or one contract
 * ({@code ?id=}) with every version readable ({@code &v=}) and, for the clerk, the amendment form
 * pre-filled with the current lines.
 */
@Named
@ViewScoped
public class ContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    @Inject
    private DisplayFormat format;

    private Long id;
    private Integer shownVersion;
    private ContractView contract;

    private Long requestId;
    private Long supplierId;
    private String number;
    private LocalDate signedOn;
    private LocalDate termUntil;
    private String reason;
    private final List<ContractLineRow> lines = new ArrayList<>();

    /** View action: the contract named by {@code id} (its amendment form filled in), or an empty new-contract form. */
    public void load() {
        if (id == null) {
            if (lines.isEmpty()) {
                lines.add(new ContractLineRow());
            }
            return;
        }
        contract = contracts.contract(id).orElse(null);
        if (contract == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "procurement.contract.rule.unknown");
            return;
        }
        fillAmendment();
    }

    private void fillAmendment() {
        lines.clear();
        contract.current().lines().forEach(l -> lines.add(ContractLineRow.of(l.terms())));
        termUntil = contract.current().termUntil();
        signedOn = null;
        reason = null;
    }

    public void addLine() {
        lines.add(new ContractLineRow());
    }

    /** Only lines not yet in the contract can be taken off the form. */
    public void removeLine(ContractLineRow row) {
        if (!row.isKept() && lines.size() > 1) {
            lines.remove(row);
        }
    }

    public String sign() {
        try {
            ContractView signed = contracts.sign(new Signing(requestId, supplierId, number, signedOn, termUntil, inputs()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.contract.signed", signed.number());
            return "/procurement/contract?faces-redirect=true&id=" + signed.id();
        } catch (Rejected rejected) {
            refused("contract", rejected);
            return null;
        }
    }

    public void amend() {
        try {
            contract = contracts.amend(contract.id(), contract.version(), new Amendment(signedOn, reason, termUntil, inputs()));
            shownVersion = null;
            fillAmendment();
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.contract.amended", contract.currentVersion());
        } catch (Rejected rejected) {
            refused("amendment", rejected);
        }
    }

    private List<Contracts.LineInput> inputs() {
        return lines.stream().map(ContractLineRow::input).toList();
    }

    private void refused(String form, Rejected rejected) {
        if (rejected instanceof OverBudget over) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey(),
                    Messages.text("procurement.category." + over.line()), format.pln(over.shortfall().amount()));
        } else {
            // "lines" (the list as a whole) and "amendment" (the contract itself) have no field: the page shows them on top.
            boolean global = "lines".equals(rejected.field()) || "amendment".equals(rejected.field());
            String field = "amendedOn".equals(rejected.field()) ? "signedOn" : rejected.field();
            Messages.add(global ? null : form + ":" + field, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The version the page shows: the one asked for by {@code v}, else the current one. */
    public VersionView getShown() {
        if (contract == null) {
            return null;
        }
        return contract.versions().stream().filter(v -> shownVersion != null && v.number() == shownVersion).findFirst()
                .orElse(contract.current());
    }

    public boolean isAmendable() {
        return contract != null && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PROCUREMENT_CLERK);
    }

    public List<RequestChoice> getRequests() {
        return contracts.approvedRequests();
    }

    public List<SupplierChoice> getSuppliers() {
        return contracts.suppliers();
    }

    public Cpv[] getCpvOptions() {
        return Cpv.values();
    }

    public List<Integer> getVatRates() {
        return Arrays.stream(VatRate.values()).map(VatRate::percent).toList();
    }

    public ContractView getContract() {
        return contract;
    }

    public List<ContractLineRow> getLines() {
        return lines;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(Integer shownVersion) {
        this.shownVersion = shownVersion;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getTermUntil() {
        return termUntil;
    }

    public void setTermUntil(LocalDate termUntil) {
        this.termUntil = termUntil;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
