package pl.citycare.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.web.PagedList;
import pl.citycare.procurement.application.Contracts;
import pl.citycare.procurement.application.Contracts.ContractFilter;
import pl.citycare.procurement.application.Contracts.ContractRow;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Umowy: the contracts, newest first, by number or supplier and the days signed. */
@Named
@ViewScoped
public class ContractsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    private String text;
    private LocalDate signedFrom;
    private LocalDate signedTo;
    /** The filter the list shows: set by the search button once the days are in order. */
    private ContractFilter shown = ContractFilter.none();

    private final PagedList<ContractRow> list = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<ContractRow> page(List<Sort> order, int first, int max) {
            return contracts.search(shown, order, first, max);
        }

        @Override
        public long count() {
            return contracts.count(shown);
        }

        @Override
        public Object countKey() {
            return shown;
        }
    }, Contracts.SORTABLE, ContractRow::id);

    public void search() {
        if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
            Messages.add("contracts:signedTo", FacesMessage.SEVERITY_ERROR, "procurement.contracts.rule.toBeforeFrom");
            return;
        }
        shown = new ContractFilter(text, signedFrom, signedTo);
    }

    public PagedList<ContractRow> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getSignedFrom() {
        return signedFrom;
    }

    public void setSignedFrom(LocalDate signedFrom) {
        this.signedFrom = signedFrom;
    }

    public LocalDate getSignedTo() {
        return signedTo;
    }

    public void setSignedTo(LocalDate signedTo) {
        this.signedTo = signedTo;
    }
}
