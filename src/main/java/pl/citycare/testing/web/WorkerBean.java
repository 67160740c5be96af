package pl.citycare.testing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.Bookings;
import pl.citycare.testing.application.Bookings.BookingView;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Samples;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.Employers.EmployerChoice;
import pl.citycare.testing.application.Workers;
import pl.citycare.testing.application.Workers.DuplicatePassport;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.worker.PreferredLanguage;
import pl.citycare.testing.domain.worker.UkrainianLatin;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Pracownik: a new worker ({@code worker.xhtml}, {@code ?employer=} preselects the employer) or one to
 * correct ({@code ?id=}). A passport already registered is refused beside the field with a link to the
 * worker who has it. Cyrillic names typed with the Latin ones left empty get the passport spelling proposed.
 */
@Named
@ViewScoped
public class WorkerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Workers workers;

    @Inject
    private Employers employers;

    @Inject
    private Bookings bookings;

    private List<BookingView> bookingList = List.of();

    @Inject
    private Samples samples;

    private List<SampleView> results = List.of();
    private boolean resultsShown;

    private Long id;
    private WorkerView worker;
    private Long duplicateOf;
    private List<EmployerChoice> employerChoices;

    private String surname;
    private String givenNames;
    private String surnameCyrillic;
    private String givenNamesCyrillic;
    private LocalDate birthDate;
    private String nationality = "UA";
    private String passport;
    private String phone;
    private PreferredLanguage language = PreferredLanguage.UK;
    private Long employerId;
    private String accommodation;

    /** View action: the worker named by {@code id}, or an empty form. */
    public void load() {
        employerChoices = employers.choices();
        if (id == null) {
            return;
        }
        worker = workers.worker(id).orElse(null);
        if (worker == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "testing.worker.rule.unknown");
            return;
        }
        bookingList = bookings.ofWorker(id);
        WorkerDetails d = worker.details();
        surname = d.surname();
        givenNames = d.givenNames();
        surnameCyrillic = d.surnameCyrillic();
        givenNamesCyrillic = d.givenNamesCyrillic();
        birthDate = d.birthDate();
        nationality = d.nationality();
        passport = d.passport();
        phone = d.phone();
        language = d.language();
        employerId = d.employerId();
        accommodation = d.accommodation();
    }

    /** Ajax on leaving a Cyrillic field: the passport spelling, where the Latin field is still empty. */
    public void proposeLatin() {
        if ((surname == null || surname.isBlank()) && surnameCyrillic != null && !surnameCyrillic.isBlank()) {
            surname = UkrainianLatin.of(surnameCyrillic.strip()).toUpperCase(Locale.ROOT);
        }
        if ((givenNames == null || givenNames.isBlank()) && givenNamesCyrillic != null && !givenNamesCyrillic.isBlank()) {
            givenNames = UkrainianLatin.of(givenNamesCyrillic.strip()).toUpperCase(Locale.ROOT);
        }
    }

    public String save() {
        var details = new WorkerDetails(surname, givenNames, surnameCyrillic, givenNamesCyrillic, birthDate, nationality,
                passport, phone, language, employerId, accommodation);
        duplicateOf = null;
        try {
            if (worker == null) {
                WorkerView saved = workers.register(details);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.worker.saved");
                return "/testing/worker?faces-redirect=true&id=" + saved.id();
            }
            worker = workers.update(worker.id(), worker.version(), details);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.worker.saved");
        } catch (DuplicatePassport duplicate) {
            duplicateOf = duplicate.existingId();
            refuse("worker:passport", duplicate);
        } catch (Rejected rejected) {
            refuse("worker:" + rejected.field(), rejected);
        }
        return null;
    }

    private static void refuse(String clientId, Rejected rejected) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The worker's test results, shown on request: opening them is a read of health data, and audited. */
    public void showResults() {
        results = samples.resultsOf(worker.id());
        resultsShown = true;
    }

    public List<SampleView> getResults() {
        return results;
    }

    public boolean isResultsShown() {
        return resultsShown;
    }

    public List<BookingView> getBookings() {
        return bookingList;
    }

    public PreferredLanguage[] getLanguages() {
        return PreferredLanguage.values();
    }

    public List<EmployerChoice> getEmployerChoices() {
        return employerChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WorkerView getWorker() {
        return worker;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getSurnameCyrillic() {
        return surnameCyrillic;
    }

    public void setSurnameCyrillic(String surnameCyrillic) {
        this.surnameCyrillic = surnameCyrillic;
    }

    public String getGivenNamesCyrillic() {
        return givenNamesCyrillic;
    }

    public void setGivenNamesCyrillic(String givenNamesCyrillic) {
        this.givenNamesCyrillic = givenNamesCyrillic;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String passport) {
        this.passport = passport;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public PreferredLanguage getLanguage() {
        return language;
    }

    public void setLanguage(PreferredLanguage language) {
        this.language = language;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public String getAccommodation() {
        return accommodation;
    }

    public void setAccommodation(String accommodation) {
        this.accommodation = accommodation;
    }
}
