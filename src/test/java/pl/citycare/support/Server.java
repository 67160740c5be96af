package pl.citycare.support;

import java.net.URI;

/** The deployed application as a client test reaches it: its base URI on the loopback interface. */
public interface Server {

    /** E.g. {@code http://127.0.0.1:8412/}; the suite class answers from Arquillian's deployment URL. */
    URI server();
}
