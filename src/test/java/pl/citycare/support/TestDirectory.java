package pl.citycare.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.UUID;

/**
 * A real LDAP server for the directory tests, run inside the Payara Micro JVM beside the application:
 * UnboundID's in-memory directory on 127.0.0.1 at the port of {@code CITYCARE_DIRECTORY_URL} (set by
 * failsafe), loaded from {@code directory/krakow.ldif}. Tests add their own people so that none depends
 * on another's state, and may take the directory down as a network failure would.
 */
public final class TestDirectory {

    public static final String PEOPLE = "ou=people,dc=krakow,dc=pl";

    private static InMemoryDirectoryServer server;

    private TestDirectory() {
    }

    /** Starts the directory unless it runs already. */
    public static synchronized void up() throws Exception {
        if (server != null) {
            return;
        }
        var config = new InMemoryDirectoryServerConfig("dc=krakow,dc=pl");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("loopback",
                InetAddress.getLoopbackAddress(), port(), null));
        config.setSchema(null); // accept the LDIF as written; schema checks are the real directory's job
        var started = new InMemoryDirectoryServer(config);
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory/krakow.ldif")) {
            started.importFromLDIF(true, new LDIFReader(ldif));
        }
        started.startListening();
        server = started;
    }

    /** Takes the directory down, as a network failure would. */
    public static synchronized void down() {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }

    /**
     * Adds a person with a unique uid (the prefix plus a random part) and the password, as a member of
     * the named groups of krakow.ldif (e.g. {@code citycare-testing}).
     *
     * @return the new person's uid
     */
    public static String addPerson(String prefix, String password, String... groups) throws Exception {
        up();
        String uid = prefix + UUID.randomUUID().toString().substring(0, 6);
        String dn = "uid=" + uid + "," + PEOPLE;
        server.add("dn: " + dn, "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson", "uid: " + uid, "cn: Test " + uid, "sn: " + uid,
                "userPassword: " + password);
        for (String group : groups) {
            addMember(group, dn);
        }
        return uid;
    }

    private static void addMember(String group, String dn) throws Exception {
        server.modify("dn: cn=" + group + ",ou=groups,dc=krakow,dc=pl", "changetype: modify", "add: member",
                "member: " + dn);
    }

    private static int port() {
        String url = System.getenv("CITYCARE_DIRECTORY_URL");
        return url == null ? 10389 : URI.create(url).getPort();
    }
}
