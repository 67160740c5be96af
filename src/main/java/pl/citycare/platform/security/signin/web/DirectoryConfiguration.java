package pl.citycare.platform.security.signin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.Role;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The city's directory (LDAP / Active Directory), from the environment ({@code CITYCARE_DIRECTORY_*}).
 * Without {@code CITYCARE_DIRECTORY_URL} directory sign-in is simply off. Read by the Jakarta Security
 * LDAP identity store through EL ({@code #{directoryConfig.url}} …) and by the sign-in handler.
 */
@Named("directoryConfig")
@ApplicationScoped
public class DirectoryConfiguration {

    private static final Logger LOG = Logger.getLogger(DirectoryConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "citycare.directory.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "citycare.directory.bind-dn")
    private Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "citycare.directory.bind-password")
    private Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "citycare.directory.caller-search-base", defaultValue = " ")
    private String callerSearchBase;

    @Inject
    @ConfigProperty(name = "citycare.directory.caller-name-attribute", defaultValue = "uid")
    private String callerNameAttribute;

    @Inject
    @ConfigProperty(name = "citycare.directory.group-search-base", defaultValue = " ")
    private String groupSearchBase;

    @Inject
    @ConfigProperty(name = "citycare.directory.group-member-attribute", defaultValue = "member")
    private String groupMemberAttribute;

    @Inject
    @ConfigProperty(name = "citycare.directory.group-name-attribute", defaultValue = "cn")
    private String groupNameAttribute;

    /** Directory group to CityCare role, e.g. {@code citycare-auditors=AUDITOR,citycare-testing=TESTING_CLERK}. */
    @Inject
    @ConfigProperty(name = "citycare.directory.role-mapping", defaultValue = " ")
    private String roleMapping;

    public boolean isEnabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    /** The CityCare roles that the given directory groups grant (unknown groups grant nothing). */
    public Set<Role> rolesFor(Set<String> groups) {
        Map<String, Role> mapping = mapping();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.stream().map(g -> mapping.get(g.trim().toLowerCase(java.util.Locale.ROOT)))
                .filter(java.util.Objects::nonNull).forEach(roles::add);
        return roles;
    }

    private Map<String, Role> mapping() {
        return Arrays.stream(roleMapping.split(","))
                .map(String::trim)
                .filter(entry -> entry.contains("="))
                .map(entry -> entry.split("=", 2))
                .filter(pair -> isRole(pair[1].trim()))
                .collect(Collectors.toMap(pair -> pair[0].trim().toLowerCase(java.util.Locale.ROOT),
                        pair -> Role.valueOf(pair[1].trim()), (a, b) -> a));
    }

    private static boolean isRole(String name) {
        boolean known = Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name));
        if (!known) {
            LOG.warning(() -> "citycare.directory.role-mapping names an unknown role: " + name);
        }
        return known;
    }

    /**
     * Whether the directory answers on its port within two seconds: tells "directory down" from
     * "wrong password" when a directory sign-in fails.
     */
    public boolean isReachable() {
        if (!isEnabled()) {
            return false;
        }
        try {
            URI uri = URI.create(url.get().trim().split("\\s+")[0]);
            int port = uri.getPort() > 0 ? uri.getPort() : ("ldaps".equalsIgnoreCase(uri.getScheme()) ? 636 : 389);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), port), 2000);
                return true;
            }
        } catch (Exception e) {
            return false;
        }
    }

    public String getUrl() {
        return url.orElse("");
    }

    public String getBindDn() {
        return bindDn.orElse("");
    }

    public String getBindPassword() {
        return bindPassword.orElse("");
    }

    public String getCallerSearchBase() {
        return callerSearchBase.trim();
    }

    public String getCallerNameAttribute() {
        return callerNameAttribute;
    }

    public String getGroupSearchBase() {
        return groupSearchBase.trim();
    }

    public String getGroupMemberAttribute() {
        return groupMemberAttribute;
    }

    public String getGroupNameAttribute() {
        return groupNameAttribute;
    }
}
