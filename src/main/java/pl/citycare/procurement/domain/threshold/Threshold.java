package pl.citycare.procurement.domain.threshold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Próg: a threshold of one kind, valid from a date until the next period of its kind begins. Amounts in
 * euro count in zloty at the period's official rate (kurs złotego w stosunku do euro, set by regulation
 * for each period), which is also the rate a request's estimate is stated in.
 */
@Entity
@Table(name = "pr_threshold")
public class Threshold extends AuditedEntity {

    public static final Currency EUR = Currency.getInstance("EUR");
    /** A rate outside this range is a typing error, not an exchange rate. */
    private static final BigDecimal MAX_RATE = new BigDecimal("100");

    @Id
    @SequenceGenerator(name = "pr_threshold_seq", sequenceName = "pr_threshold_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_threshold_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ThresholdKind kind;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    /** Required for euro amounts; a zloty threshold may state the period's rate for requests to use. */
    @Column(name = "eur_rate", updatable = false, precision = 8, scale = 4)
    private BigDecimal eurRate;

    protected Threshold() {
        // for JPA
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public static Threshold from(ThresholdKind kind, LocalDate validFrom, Money amount, BigDecimal eurRate) {
        require(kind != null, "kind", "procurement.threshold.rule.kind");
        require(validFrom != null, "validFrom", "procurement.threshold.rule.validFrom");
        require(amount != null && !amount.isNegative() && !amount.isZero()
                && (amount.currency().equals(Money.PLN) || amount.currency().equals(EUR)), "amount",
                "procurement.threshold.rule.amount");
        boolean inEuro = amount.currency().equals(EUR);
        require(eurRate == null ? !inEuro : eurRate.signum() > 0 && eurRate.compareTo(MAX_RATE) < 0 && eurRate.scale() <= 4,
                "eurRate", "procurement.threshold.rule.rate");
        var threshold = new Threshold();
        threshold.kind = kind;
        threshold.validFrom = validFrom;
        threshold.amount = amount.amount();
        threshold.currency = amount.currency().getCurrencyCode();
        threshold.eurRate = eurRate == null ? null : eurRate.setScale(4, RoundingMode.UNNECESSARY);
        return threshold;
    }

    /** Ends this period the day before the next one of its kind starts. */
    public void endBefore(LocalDate nextFrom) {
        require(nextFrom.isAfter(validFrom), "validFrom", "procurement.threshold.rule.afterCurrent");
        validTo = nextFrom.minusDays(1);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The threshold in zloty: euro amounts at the period's rate, rounded half-up to the grosz. */
    public Money inPln() {
        return currency.equals(Money.PLN.getCurrencyCode()) ? getAmount()
                : Money.of(amount.multiply(eurRate).setScale(2, RoundingMode.HALF_UP), Money.PLN);
    }

    @Override
    public Long getId() {
        return id;
    }

    public ThresholdKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Optional<LocalDate> getValidTo() {
        return Optional.ofNullable(validTo);
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Optional<BigDecimal> getEurRate() {
        return Optional.ofNullable(eurRate);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("kind", kind);
        state.put("validFrom", validFrom);
        state.put("validTo", validTo);
        state.put("amount", amount);
        state.put("currency", currency);
        state.put("eurRate", eurRate);
        return state;
    }
}
