package pl.citycare.procurement.domain.threshold;

import pl.citycare.procurement.domain.request.Flag;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The thresholds valid on one date (the procedure's start date, which the law takes as decisive), and
 * what they say about a legal basis for a value. A value equal to a threshold counts as reaching it.
 */
public record ThresholdsOn(LocalDate date, Optional<Threshold> national, Optional<Threshold> eu) {

    /** What the approver should look at before deciding on {@code basis} for {@code net}. */
    public List<Flag> flags(Money net, LegalBasis basis) {
        List<Flag> flags = new ArrayList<>();
        if (national.isEmpty() || eu.isEmpty()) {
            flags.add(Flag.NO_THRESHOLDS);
        }
        if (basis == LegalBasis.BELOW_NATIONAL_THRESHOLD && reaches(net, national)) {
            flags.add(Flag.BASIS_ABOVE_NATIONAL_THRESHOLD);
        }
        if (basis == LegalBasis.OPEN_PROCEDURE && reaches(net, eu)) {
            flags.add(Flag.EU_THRESHOLD_REACHED);
        }
        return flags;
    }

    /** Whether a below-threshold purchase of this value would stay below the national threshold. */
    public boolean isBelowNational(Money net) {
        return national.isPresent() && !reaches(net, national);
    }

    /** The official PLN/EUR rate of the period, where a valid threshold states one (both kinds share one regulation's rate). */
    public Optional<BigDecimal> eurRate() {
        return eu.flatMap(Threshold::getEurRate).or(() -> national.flatMap(Threshold::getEurRate));
    }

    private static boolean reaches(Money net, Optional<Threshold> threshold) {
        return threshold.map(t -> !net.isLessThan(t.inPln())).orElse(false);
    }
}
