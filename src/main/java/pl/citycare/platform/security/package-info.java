/**
 * Bezpieczeństwo kont: accounts and roles ({@code domain}), and the four things done with them, each in
 * its own package: {@code signin} (login page, identity stores, lockout), {@code administration} (the
 * administrator's user pages), {@code ownaccount} (a user's language, password and recent sign-ins) and
 * {@code signinlog} (the administrator's sign-in log).
 */
package pl.citycare.platform.security;
