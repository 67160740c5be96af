package pl.citycare.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.citycare.procurement.application.Suppliers.SupplierView;
import pl.citycare.procurement.application.Suppliers;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Dostawcy: the suppliers, filtered by name, NIP or REGON and paged in the database. */
@Named
@ViewScoped
public class SuppliersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Suppliers suppliers;

    private String text;

    private final LazyDataModel<SupplierView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) suppliers.count(text);
        }

        @Override
        public List<SupplierView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return suppliers.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(SupplierView supplier) {
            return String.valueOf(supplier.id());
        }
    };

    public LazyDataModel<SupplierView> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
