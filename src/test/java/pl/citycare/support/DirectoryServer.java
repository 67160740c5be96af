package pl.citycare.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.net.InetAddress;
import java.net.URISyntaxException;

/**
 * A real LDAP server for the directory tests: UnboundID's in-memory directory on 127.0.0.1, loaded
 * from {@code directory/krakow.ldif}. Registered before Arquillian, so it answers before Payara boots;
 * the application finds it through the CITYCARE_DIRECTORY_* environment that failsafe sets.
 */
public final class DirectoryServer implements BeforeAllCallback, AfterAllCallback {

    private static InMemoryDirectoryServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (insidePayara()) {
            return; // Arquillian runs the class's extensions in the container too; the server runs outside
        }
        var config = new InMemoryDirectoryServerConfig("dc=krakow,dc=pl");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("loopback",
                InetAddress.getLoopbackAddress(), Integer.getInteger("citycare.it.ldapPort", 10389), null));
        config.setSchema(null); // accept the LDIF as written; schema checks are the real directory's job
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(true, ldif());
        server.startListening();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Failsafe sets this property in the test JVM only, not in the Payara Micro process. */
    private static boolean insidePayara() {
        return System.getProperty("citycare.it.ldapPort") == null;
    }

    /** Takes the directory down, as a network failure would. */
    public static void stop() {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }

    private static File ldif() throws URISyntaxException {
        return new File(DirectoryServer.class.getResource("/directory/krakow.ldif").toURI());
    }
}
