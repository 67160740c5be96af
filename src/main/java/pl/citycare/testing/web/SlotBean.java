package pl.citycare.testing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.Bookings;
import pl.citycare.testing.application.Bookings.AlreadyBooked;
import pl.citycare.testing.application.Bookings.BookingView;
import pl.citycare.testing.application.Bookings.GroupResult;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Employers.EmployerChoice;
import pl.citycare.platform.web.CurrentUserBean;
import pl.citycare.testing.application.Samples;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.TestSites;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.domain.sample.TestType;
import pl.citycare.testing.domain.site.TestSite;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Termin: one slot with the workers booked into it; the clerk books a worker by passport (a barcode
 * scanner types it), moves a worker booked elsewhere, books an employer's whole group from this slot on,
 * cancels, and changes the capacity.
 */
@Named
@ViewScoped
public class SlotBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The programme's contracted laboratory in the demo; the clerk types another where a sample goes elsewhere. */
    static final String DEFAULT_LAB = "Laboratorium Miejskie w Krakowie";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TestSite.ZONE);

    @Inject
    private TestSites sites;

    @Inject
    private Bookings bookings;

    @Inject
    private Employers employers;

    @Inject
    private Samples samples;

    @Inject
    private CurrentUserBean currentUser;

    private Long id;
    private SlotView slot;
    private List<BookingView> booked;
    private List<EmployerChoice> employerChoices;

    private String passport;
    private BookingView elsewhere;
    private Long employerId;
    private Integer capacity;

    private String samplePassport;
    private String barcode;
    private TestType testType = TestType.RT_PCR;
    private String lab = DEFAULT_LAB;
    private String collectedBy;

    /** View action: the slot named by {@code id}. */
    public void load() {
        employerChoices = employers.choices();
        if (id == null || sites.slot(id).isEmpty()) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "testing.slots.rule.unknown");
            return;
        }
        refresh();
        capacity = slot.capacity();
        collectedBy = currentUser.getDisplayName();
    }

    private void refresh() {
        slot = sites.slot(id).orElseThrow();
        booked = bookings.inSlot(id);
    }

    public void book() {
        book(false);
    }

    /** The worker booked elsewhere is moved here: the other booking is cancelled in the same step. */
    public void move() {
        book(true);
    }

    private void book(boolean move) {
        try {
            bookings.book(passport, id, move);
            Messages.add(null, FacesMessage.SEVERITY_INFO, move ? "testing.booking.moved" : "testing.booking.booked");
            passport = null;
            elsewhere = null;
        } catch (AlreadyBooked already) {
            elsewhere = already.existing();
            refuse("booking:passport", already);
        } catch (Rejected rejected) {
            elsewhere = null;
            refuse("booking:passport", rejected);
        }
        refresh();
    }

    /** The sample of a booked worker: passport, then the tube's barcode (a scanner types it and presses Enter). */
    public void registerSample() {
        try {
            SampleView saved = samples.register(id, new Samples.Registration(samplePassport, barcode, testType, null, collectedBy, lab));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.sample.registered", saved.barcode(), saved.workerName());
            samplePassport = null;
            barcode = null;
        } catch (Rejected rejected) {
            refuse("sample:" + ("passport".equals(rejected.field()) ? "samplePassport" : rejected.field()), rejected);
        }
    }

    public TestType[] getTestTypes() {
        return TestType.values();
    }

    public void bookGroup() {
        try {
            if (employerId == null) {
                throw new Rejected("employer", "testing.worker.rule.employer");
            }
            GroupResult result = bookings.bookGroup(employerId, id);
            Messages.add(null, result.withoutPlace() > 0 ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO,
                    "testing.booking.groupBooked", result.booked(), result.alreadyBooked(), result.withoutPlace());
        } catch (Rejected rejected) {
            refuse("group:employer", rejected);
        }
        refresh();
    }

    public void cancel(long bookingId) {
        try {
            bookings.cancel(bookingId);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.booking.cancelled");
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
        refresh();
    }

    public void changeCapacity() {
        try {
            sites.changeCapacity(id, capacity == null ? 0 : capacity);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.slots.capacityChanged");
        } catch (Rejected rejected) {
            refuse("capacityForm:capacity", rejected);
        }
        refresh();
    }

    private static void refuse(String clientId, Rejected rejected) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String getTitle() {
        return slot == null ? "" : slot.siteName() + ", " + when(slot.startsAt()) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").withZone(TestSite.ZONE).format(slot.endsAt());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SlotView getSlot() {
        return slot;
    }

    public List<BookingView> getBooked() {
        return booked;
    }

    public List<EmployerChoice> getEmployerChoices() {
        return employerChoices;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String passport) {
        this.passport = passport;
    }

    public BookingView getElsewhere() {
        return elsewhere;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public String getSamplePassport() {
        return samplePassport;
    }

    public void setSamplePassport(String samplePassport) {
        this.samplePassport = samplePassport;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public TestType getTestType() {
        return testType;
    }

    public void setTestType(TestType testType) {
        this.testType = testType;
    }

    public String getLab() {
        return lab;
    }

    public void setLab(String lab) {
        this.lab = lab;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public void setCollectedBy(String collectedBy) {
        this.collectedBy = collectedBy;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
