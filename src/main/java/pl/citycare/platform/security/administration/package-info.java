/** Administracja użytkownikami: the IT administrator's pages and rules for accounts and roles. */
package pl.citycare.platform.security.administration;
