package pl.citycare.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.citycare.procurement.application.Contracts;
import pl.citycare.procurement.application.Contracts.ContractRow;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Umowy: the contracts, newest first. */
@Named
@ViewScoped
public class ContractsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    private final LazyDataModel<ContractRow> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contracts.count();
        }

        @Override
        public List<ContractRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return contracts.search(first, pageSize);
        }

        @Override
        public String getRowKey(ContractRow row) {
            return String.valueOf(row.id());
        }
    };

    public LazyDataModel<ContractRow> getList() {
        return list;
    }
}
