package pl.citycare.support;

import java.net.URI;

/** The deployed application as a client test reaches it: its base URI on the loopback interface. */
public interface Server {

    /** E.g. {@code http://127.0.0.1:8412/}; the suite class answers from Arquillian's deployment URL. */
    URI server();

    /**
     * What a stack trace or exception report in an answer looks like: a thrown type followed by its message or a
     * line break, a cause, or a frame. (Class names alone are not enough: every page's PrimeFaces settings name
     * {@code ViewExpiredException} to map it to the expired page.)
     */
    String STACK_TRACE = "(Exception|Error)(: |\\r?\\n)|Caused by|\\n\\s+at [a-z]";
}
