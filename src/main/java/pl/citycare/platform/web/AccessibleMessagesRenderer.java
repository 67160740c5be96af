package pl.citycare.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' messages with each {@code <li>} left a list item. PrimeFaces 15 gives every message's
 * {@code <li>} {@code role="alert"}, which takes it out of its list (axe-core: "ul must only directly contain
 * li", serious). The messages container is already a live region, so screen readers still announce them.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ListItemsStayListItems(writer), uiMessages, msg, severity, escape);
    }

    /** Drops the ARIA role attributes PrimeFaces writes on a message's list item; passes everything else. */
    private static final class ListItemsStayListItems extends ResponseWriterWrapper {

        private String element;

        ListItemsStayListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
