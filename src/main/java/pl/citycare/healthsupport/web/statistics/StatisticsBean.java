package pl.citycare.healthsupport.web.statistics;

import pl.citycare.platform.export.RecordedExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.healthsupport.application.statistics.HealthStatistics;
import pl.citycare.healthsupport.application.statistics.HealthStatistics.YearStatistics;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Statystyki for the coordinator: one year's tables and bars on the page, CSV and XLSX to take away. */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_YEAR = 2020;

    @Inject
    private HealthStatistics statistics;

    private int year;
    private YearStatistics figures;

    @PostConstruct
    void init() {
        year = LocalDate.now(LocaleBean.DISPLAY_ZONE).getYear();
        load();
    }

    public void load() {
        figures = statistics.of(year);
    }

    @RecordedExport
    public void downloadCsv() throws IOException {
        Faces.sendFile(StatisticsExport.csv(figures, Messages::text), fileName("csv"), true);
    }

    @RecordedExport
    public void downloadXlsx() throws IOException {
        Faces.sendFile(StatisticsExport.xlsx(figures, Messages::text), fileName("xlsx"), true);
    }

    private String fileName(String extension) {
        return "citycare-health-statistics-" + year + "." + extension;
    }

    /** The share of the largest value, for a bar's width in per cent. */
    public long percent(long value, long max) {
        return max == 0 ? 0 : Math.round(100.0 * value / max);
    }

    public long max(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public long maxOf(long[] counts) {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** A heat-map cell's shade, 0 (none) to 4 (the busiest hours). */
    public int shade(long value) {
        long max = Arrays.stream(figures.callsByWeekdayHour()).flatMapToLong(Arrays::stream).max().orElse(0);
        return value == 0 || max == 0 ? 0 : (int) Math.min(4, 1 + (4 * (value - 1)) / max);
    }

    public List<Integer> getYears() {
        var years = new ArrayList<Integer>();
        for (int y = LocalDate.now(LocaleBean.DISPLAY_ZONE).getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public List<Integer> getMonths() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    public List<Integer> getHours() {
        var hours = new ArrayList<Integer>();
        for (int h = 0; h < 24; h++) {
            hours.add(h);
        }
        return hours;
    }

    public List<Integer> getDays() {
        return List.of(0, 1, 2, 3, 4, 5, 6);
    }

    public List<String> getCentres() {
        return new ArrayList<>(figures.intakeByCentre().keySet());
    }

    public long monthTotal(String centre) {
        return Arrays.stream(figures.intakeByCentre().get(centre)).sum();
    }

    public int getCallbackOnTimePercent() {
        return figures.callbacksDue() == 0 ? 0 : (int) Math.round(100.0 * figures.callbacksOnTime() / figures.callbacksDue());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public YearStatistics getFigures() {
        return figures;
    }
}
