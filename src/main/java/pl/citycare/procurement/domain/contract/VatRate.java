package pl.citycare.procurement.domain.contract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** Stawka VAT: the Polish rates a contract line can carry. */
public enum VatRate {
    ZERO(0), REDUCED_5(5), REDUCED_8(8), STANDARD(23);

    private final int percent;

    VatRate(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public BigDecimal asPercent() {
        return BigDecimal.valueOf(percent);
    }

    public static Optional<VatRate> ofPercent(int percent) {
        return Arrays.stream(values()).filter(r -> r.percent == percent).findFirst();
    }
}
