package pl.citycare.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.Suppliers.DuplicateNip;
import pl.citycare.procurement.application.Suppliers.SupplierView;
import pl.citycare.procurement.application.Suppliers;
import pl.citycare.procurement.domain.supplier.SupplierDetails;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;

/**
 * Dostawca: a new supplier ({@code supplier.xhtml}) or one to correct ({@code ?id=}). A NIP already
 * registered is refused beside the field with a link to the supplier that has it.
 */
@Named
@ViewScoped
public class SupplierBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Suppliers suppliers;

    private Long id;
    private SupplierView supplier;
    private Long duplicateOf;

    private String name;
    private String nip;
    private String regon;
    private String address;
    private String iban;

    /** View action: the supplier named by {@code id}, or an empty form. */
    public void load() {
        if (id == null) {
            return;
        }
        supplier = suppliers.supplier(id).orElse(null);
        if (supplier == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "procurement.supplier.rule.unknown");
            return;
        }
        SupplierDetails d = supplier.details();
        name = d.name();
        nip = d.nip();
        regon = d.regon();
        address = d.address();
        iban = d.iban();
    }

    public String save() {
        var details = new SupplierDetails(name, nip, regon, address, iban);
        duplicateOf = null;
        try {
            if (supplier == null) {
                SupplierView saved = suppliers.register(details);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.supplier.saved");
                return "/procurement/supplier?faces-redirect=true&id=" + saved.id();
            }
            supplier = suppliers.update(supplier.id(), supplier.version(), details);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.supplier.saved");
        } catch (DuplicateNip duplicate) {
            duplicateOf = duplicate.existingId();
            Messages.add("supplier:nip", FacesMessage.SEVERITY_ERROR, duplicate.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Rejected rejected) {
            Messages.add("supplier:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(
                pl.citycare.platform.security.domain.Role.Names.PROCUREMENT_CLERK);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SupplierView getSupplier() {
        return supplier;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getRegon() {
        return regon;
    }

    public void setRegon(String regon) {
        this.regon = regon;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }
}
