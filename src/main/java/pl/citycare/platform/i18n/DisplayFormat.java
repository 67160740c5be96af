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
import java.util.Locale;

/**
 * Formats dates, numbers and money for the current language, as {@code #{fmt.dateTime(...)}} in views.
 * Times are shown in Europe/Warsaw; money always with grosze (two decimals).
 */
@Named("fmt")
@RequestScoped
public class DisplayFormat {

    private static final Currency PLN = Currency.getInstance("PLN");

    @Inject
    private LocaleBean localeBean;

    public String dateTime(Instant instant) {
        return dateTime(instant, localeBean.getLocale());
    }

    public String number(Number value) {
        return number(value, localeBean.getLocale());
    }

    /** An exchange rate with its four decimals, e.g. "4,2693" in Polish; empty for none. */
    public String rate(BigDecimal rate) {
        return rate(rate, localeBean.getLocale());
    }

    /** An amount in PLN, e.g. "1 234,50 zł" in Polish, rounded half-up to grosze. */
    public String pln(BigDecimal amount) {
        return money(amount, PLN, localeBean.getLocale());
    }

    public String money(BigDecimal amount, Currency currency) {
        return money(amount, currency, localeBean.getLocale());
    }

    /** A moment as a clerk in Kraków reads it, in the given language. */
    static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleBean.forFormatting(locale))
                .format(instant.atZone(LocaleBean.DISPLAY_ZONE));
    }

    static String number(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(LocaleBean.forFormatting(locale)).format(value);
    }

    static String rate(BigDecimal rate, Locale locale) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleBean.forFormatting(locale));
        format.setMinimumFractionDigits(4);
        format.setMaximumFractionDigits(4);
        return format.format(rate);
    }

    static String money(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleBean.forFormatting(locale));
        format.setCurrency(currency);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
