package pl.citycare.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import pl.citycare.platform.security.ownaccount.application.OwnAccount;

import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Język interfejsu: the language of this session. Polish by default; once a user is signed in,
 * the language they chose last time, and a change is remembered on their account.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages with a complete message bundle, Polish first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH,
            Locale.forLanguageTag("uk"));

    /** Clerks work in Kraków: times are shown in Polish time, stored in UTC. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Warsaw");

    @Inject
    private OwnAccount ownAccount;

    private Locale locale = SUPPORTED.get(0);
    private String loadedForUser;

    public Locale getLocale() {
        Principal caller = caller();
        if (caller != null && !caller.getName().equals(loadedForUser)) {
            loadedForUser = caller.getName();
            ownAccount.profile().ifPresent(a -> locale = supportedOrDefault(a.preferredLocale()));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public ZoneId getTimeZone() {
        return DISPLAY_ZONE;
    }

    /** Switches the language for this session and, when signed in, remembers it on the account. */
    public void change(String languageTag) {
        locale = supportedOrDefault(languageTag);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        Principal caller = caller();
        if (caller != null) {
            ownAccount.changeLanguage(locale.getLanguage());
        }
    }

    /**
     * Looked up, not injected: this bean travels with the session to other cluster members, and Jakarta Security's
     * context is not serialisable (the session was, without it: "Cannot serialize session attribute ... LocaleBean").
     * In a Faces request the request's own caller is read: every translated text asks for the locale, and a CDI
     * lookup (which walks the stack to find its module) cost a tenth of the list pages' CPU (docs/benchmarks.md).
     */
    private static Principal caller() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            return faces.getExternalContext().getUserPrincipal();
        }
        return CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
    }

    /**
     * The locale dates, times and numbers are written in: the language's own, except that English is
     * written the British way, on the 24-hour clock Polish offices use.
     */
    public static Locale forFormatting(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }

    static Locale supportedOrDefault(String languageTag) {
        if (languageTag == null) {
            return SUPPORTED.get(0);
        }
        // Java's "en_GB" as well as the standard "en-GB"
        String language = Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(SUPPORTED.get(0));
    }
}
