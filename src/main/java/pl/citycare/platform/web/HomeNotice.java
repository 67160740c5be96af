package pl.citycare.platform.web;

/**
 * Something a user should see first on their home page (e.g. overdue callbacks), with a link to it.
 *
 * @param messageKey key of the translated text; {@code {0}} is replaced by {@code count}
 * @param count      the number the text speaks of
 * @param outcome    the page the notice links to, e.g. "/healthsupport/callbacks.xhtml"
 */
public record HomeNotice(String messageKey, long count, String outcome) {
}
