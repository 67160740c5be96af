package pl.citycare.procurement.domain.threshold;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Słownik progów: every period of every kind, read once, asked for the thresholds of any date. */
public record ThresholdDictionary(List<Threshold> periods) {

    public ThresholdDictionary {
        periods = List.copyOf(periods);
    }

    /** The period of each kind valid on {@code date}, if the dictionary has one. */
    public ThresholdsOn on(LocalDate date) {
        return new ThresholdsOn(date, valid(ThresholdKind.NATIONAL, date), valid(ThresholdKind.EU_SUPPLIES, date));
    }

    private Optional<Threshold> valid(ThresholdKind kind, LocalDate date) {
        return periods.stream().filter(t -> t.getKind() == kind && t.isValidOn(date)).findFirst();
    }
}
