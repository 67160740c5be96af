package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.UnmatchedResults;
import pl.citycare.testing.application.UnmatchedResults.Suggestion;
import pl.citycare.testing.application.UnmatchedResults.UnmatchedView;

import java.io.Serializable;
import java.util.List;

/**
 * Wyniki nieprzypisane: the inbox of lab results no sample fitted. The clerk opens an item, reads the
 * suggested pending samples, matches one, or discards the item with a reason.
 */
@Named
@ViewScoped
public class UnmatchedBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    private UnmatchedResults inbox;

    private List<UnmatchedView> items;
    private long total;
    private UnmatchedView chosen;
    private List<Suggestion> suggestions = List.of();
    private String discardReason;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        items = inbox.open(0, PAGE);
        total = inbox.countOpen();
    }

    public void choose(UnmatchedView item) {
        chosen = item;
        suggestions = inbox.suggestions(item.id());
        discardReason = null;
    }

    public void match(long sampleId) {
        try {
            inbox.match(chosen.id(), sampleId);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.unmatched.matched", chosen.barcode());
            closeChosen();
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    public void discard() {
        try {
            inbox.discard(chosen.id(), discardReason);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.unmatched.discarded", chosen.barcode());
            closeChosen();
        } catch (Rejected rejected) {
            Messages.add("item:discardReason", FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void closeChosen() {
        chosen = null;
        suggestions = List.of();
        reload();
    }

    public List<UnmatchedView> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public UnmatchedView getChosen() {
        return chosen;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public String getDiscardReason() {
        return discardReason;
    }

    public void setDiscardReason(String discardReason) {
        this.discardReason = discardReason;
    }
}
