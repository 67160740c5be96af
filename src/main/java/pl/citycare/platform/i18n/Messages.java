package pl.citycare.platform.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translated texts for backing beans: the same bundle the views use as {@code #{msg}}. */
public final class Messages {

    public static final String BUNDLE = "pl.citycare.i18n.messages";

    private static volatile LocaleBean localeBeanProxy;

    private Messages() {
    }

    public static String text(String key, Object... args) {
        var locale = currentLocale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /**
     * The signed-in user's language. Not the view root's: a view action runs before the template's
     * {@code f:view} has set it, and the root still has the browser's language then.
     */
    static Locale currentLocale() {
        try {
            return localeBean().getLocale();
        } catch (RuntimeException noRequestContext) {
            FacesContext faces = FacesContext.getCurrentInstance();
            return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : faces.getApplication().getDefaultLocale();
        }
    }

    /**
     * The session-scoped bean's client proxy, looked up once: it finds the current session's instance itself, while
     * {@code CDI.current()} walks the caller's stack on every call (a tenth of a list page's CPU with every label
     * translated through here).
     */
    private static LocaleBean localeBean() {
        LocaleBean proxy = localeBeanProxy;
        if (proxy == null) {
            proxy = CDI.current().select(LocaleBean.class).get();
            localeBeanProxy = proxy;
        }
        return proxy;
    }

    /** Whether the bundle of the user's language has {@code key}. */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, currentLocale()).containsKey(key);
    }

    /** Adds a message for one field ({@code clientId}) or, with null, for the whole page. */
    public static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
