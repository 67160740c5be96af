package pl.citycare.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

/**
 * Formats dates, numbers and money for the current language, as {@code #{fmt.dateTime(...)}} in views.
 * Times are shown in Europe/Warsaw; money always with grosze (two decimals).
 */
@Named("fmt")
@RequestScoped
public class DisplayFormat {

    @Inject
    private LocaleBean localeBean;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(localeBean.getLocale())
                .format(instant.atZone(LocaleBean.DISPLAY_ZONE));
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(localeBean.getLocale()).format(value);
    }

    /** An amount in PLN, e.g. "1 234,50 zł" in Polish, rounded half-up to grosze. */
    public String pln(BigDecimal amount) {
        return money(amount, Currency.getInstance("PLN"));
    }

    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(localeBean.getLocale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
