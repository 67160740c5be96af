/** Logowanie: the login page, Jakarta Security's identity stores (database and city directory), lockout. */
package pl.citycare.platform.security.signin;
