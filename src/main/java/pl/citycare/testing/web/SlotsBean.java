package pl.citycare.testing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.testing.application.TestSites;
import pl.citycare.testing.application.TestSites.SiteView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.domain.site.TestSite;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminy: a week's calendar of slots, per day, each with its free places; one site or all of them
 * ({@code ?site=}, {@code ?week=} any day of the week).
 */
@Named
@ViewScoped
public class SlotsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(TestSite.ZONE);

    @Inject
    private TestSites sites;

    private Long siteId;
    private LocalDate week;
    private List<SiteView> siteChoices;
    private List<Day> days;

    /** One day of the week and its slots. */
    public record Day(LocalDate date, List<SlotView> slots) implements Serializable {
    }

    /** View action: the week of {@code week} (this week by default). */
    public void load() {
        siteChoices = sites.sites();
        show();
    }

    public void show() {
        LocalDate monday = (week == null ? LocalDate.now(TestSite.ZONE) : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week = monday;
        Instant from = monday.atStartOfDay(TestSite.ZONE).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(TestSite.ZONE).toInstant();
        List<SlotView> slots = sites.slots(siteId, from, to);
        days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(new Day(date, slots.stream().filter(s -> s.startsAt().atZone(TestSite.ZONE).toLocalDate().equals(date)).toList()));
        }
    }

    public void previousWeek() {
        week = week.minusWeeks(1);
        show();
    }

    public void nextWeek() {
        week = week.plusWeeks(1);
        show();
    }

    public String span(SlotView slot) {
        return HOUR.format(slot.startsAt()) + "–" + HOUR.format(slot.endsAt());
    }

    public List<SiteView> getSiteChoices() {
        return siteChoices;
    }

    public List<Day> getDays() {
        return days;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public LocalDate getWeek() {
        return week;
    }

    public void setWeek(LocalDate week) {
        this.week = week;
    }
}
