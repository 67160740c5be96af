package pl.citycare.testing.domain.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.WorkSite;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Punkt pobrań: where samples are taken, stationary (the city's own address) or mobile (a team at an
 * employer's work site). Open on some weekdays between two times; the clerk plans slots inside them.
 */
@Entity
@Table(name = "ts_test_site")
public class TestSite extends AuditedEntity {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    /** The longest period slots are planned for at once, and the most slots one plan makes. */
    public static final int PLAN_DAYS_MAX = 62;
    public static final int PLAN_SLOTS_MAX = 3000;
    public static final int SLOT_MINUTES_MIN = 5;
    public static final int SLOT_MINUTES_MAX = 240;
    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    /** A slot a plan proposes: its start and end. */
    public record PlannedSlot(Instant startsAt, Instant endsAt) {
    }

    @Id
    @SequenceGenerator(name = "ts_test_site_seq", sequenceName = "ts_test_site_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_test_site_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SiteKind kind;

    private String address;

    @ManyToOne
    @JoinColumn(name = "work_site_id")
    private WorkSite workSite;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    /** ISO day numbers, e.g. {@code 1,2,3,4,5}. */
    @Column(name = "open_days", nullable = false)
    private String openDays;

    protected TestSite() {
        // for JPA
    }

    /**
     * @param workSite the work site named by {@code details.workSiteId()}, or null
     * @throws RuleViolation for the first field that breaks a rule
     */
    public static TestSite register(SiteDetails details, WorkSite workSite) {
        var site = new TestSite();
        site.describe(details, workSite);
        return site;
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public void describe(SiteDetails details, WorkSite site) {
        String cleanName = strip(details.name());
        require(cleanName != null && cleanName.length() <= NAME_MAX, "name", "testing.site.rule.name");
        require(details.kind() != null, "kind", "testing.site.rule.kind");
        String cleanAddress = strip(details.address());
        if (details.kind() == SiteKind.STATIONARY) {
            require(cleanAddress != null && cleanAddress.length() <= ADDRESS_MAX, "address", "testing.site.rule.address");
        } else {
            require(site != null, "workSite", "testing.site.rule.workSite");
        }
        require(details.opensAt() != null, "opensAt", "testing.site.rule.hours");
        require(details.closesAt() != null && details.closesAt().isAfter(details.opensAt()), "closesAt", "testing.site.rule.hours");
        require(details.openDays() != null && !details.openDays().isEmpty(), "openDays", "testing.site.rule.days");
        name = cleanName;
        kind = details.kind();
        address = details.kind() == SiteKind.STATIONARY ? cleanAddress : null;
        workSite = details.kind() == SiteKind.MOBILE ? site : null;
        opensAt = details.opensAt();
        closesAt = details.closesAt();
        openDays = EnumSet.copyOf(details.openDays()).stream().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    /**
     * The slots of {@code minutes} each that fit the opening times on the open days from {@code from} to
     * {@code to}, in order.
     *
     * @throws RuleViolation for a period backwards or longer than {@link #PLAN_DAYS_MAX}, a slot length out of
     *                       range, or a plan of more than {@link #PLAN_SLOTS_MAX} slots
     */
    public List<PlannedSlot> plan(LocalDate from, LocalDate to, int minutes) {
        require(from != null, "from", "testing.slots.rule.from");
        require(to != null && !to.isBefore(from) && !to.isAfter(from.plusDays(PLAN_DAYS_MAX - 1L)), "to", "testing.slots.rule.to");
        require(minutes >= SLOT_MINUTES_MIN && minutes <= SLOT_MINUTES_MAX, "minutes", "testing.slots.rule.minutes");
        Set<DayOfWeek> days = getOpenDays();
        var slots = new ArrayList<PlannedSlot>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime start = opensAt; !start.plusMinutes(minutes).isAfter(closesAt) && !start.plusMinutes(minutes).isBefore(start);
                 start = start.plusMinutes(minutes)) {
                slots.add(new PlannedSlot(day.atTime(start).atZone(ZONE).toInstant(),
                        day.atTime(start).atZone(ZONE).toInstant().plus(Duration.ofMinutes(minutes))));
            }
        }
        require(slots.size() <= PLAN_SLOTS_MAX, "to", "testing.slots.rule.tooMany");
        return slots;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public WorkSite getWorkSite() {
        return workSite;
    }

    /** Where the site is: its own address, or the work site's name and address. */
    public String where() {
        return kind == SiteKind.MOBILE && workSite != null ? workSite.getName() + ", " + workSite.getAddress() : address;
    }

    public Set<DayOfWeek> getOpenDays() {
        return Arrays.stream(openDays.split(",")).map(d -> DayOfWeek.of(Integer.parseInt(d)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public SiteDetails details() {
        return new SiteDetails(name, kind, address, workSite == null ? null : workSite.getId(), opensAt, closesAt, getOpenDays());
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("address", address);
        state.put("workSite", workSite == null ? null : workSite.getId());
        state.put("opensAt", opensAt);
        state.put("closesAt", closesAt);
        state.put("openDays", openDays);
        return state;
    }
}
