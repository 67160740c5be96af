package pl.citycare.platform.security.signin.web;

/** Values put into an LDAP search filter, escaped as RFC 4515 says, so they match only themselves. */
final class LdapFilter {

    private LdapFilter() {
    }

    /** Escapes {@code * ( ) \} and NUL (and any other control character) as {@code \xx}. */
    static String escape(String value) {
        var escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '*' || c == '(' || c == ')' || c == '\\' || c < 0x20 || c == 0x7f) {
                escaped.append('\\').append(String.format("%02x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
