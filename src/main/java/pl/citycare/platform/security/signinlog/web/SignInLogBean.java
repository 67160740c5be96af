package pl.citycare.platform.security.signinlog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.signinlog.application.SignInFilter;
import pl.citycare.platform.security.signinlog.application.SignInLog;
import pl.citycare.platform.security.domain.SignInAttempt;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Dziennik logowań: every sign-in attempt, filtered by user, outcome and dates (Polish calendar days). */
@Named
@ViewScoped
public class SignInLogBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 500;

    @Inject
    private SignInLog signInLog;

    private String username;
    private Boolean success;
    private LocalDate from;
    private LocalDate to;
    private List<SignInAttempt> attempts;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        attempts = signInLog.search(new SignInFilter(username, success, startOf(from),
                to == null ? null : startOf(to.plusDays(1))), LIMIT);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
    }

    public int getLimit() {
        return LIMIT;
    }

    public List<SignInAttempt> getAttempts() {
        return attempts;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
