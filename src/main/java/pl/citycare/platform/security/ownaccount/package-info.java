/** Moje konto: a signed-in user's own language, password and latest sign-ins; nobody else's. */
package pl.citycare.platform.security.ownaccount;
