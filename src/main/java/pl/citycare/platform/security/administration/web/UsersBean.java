package pl.citycare.platform.security.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.citycare.platform.security.administration.application.UserAdministration;
import pl.citycare.platform.security.administration.application.UserFilter;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Lista użytkowników: the administrator's lazy, filtered list of accounts. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    private String text;
    private Role role;
    private UserFilter.Status status;

    private final LazyDataModel<UserAccount> users = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(filter());
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return administration.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(UserAccount account) {
            return String.valueOf(account.getId());
        }
    };

    private UserFilter filter() {
        return new UserFilter(text, role, status);
    }

    public boolean isLocked(UserAccount account) {
        return account.isLockedAt(Instant.now());
    }

    public LazyDataModel<UserAccount> getUsers() {
        return users;
    }

    public Role[] getRoleOptions() {
        return Role.values();
    }

    public UserFilter.Status[] getStatusOptions() {
        return UserFilter.Status.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UserFilter.Status getStatus() {
        return status;
    }

    public void setStatus(UserFilter.Status status) {
        this.status = status;
    }
}
