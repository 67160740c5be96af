/** Dziennik logowań: every sign-in attempt, for the administrator. */
package pl.citycare.platform.security.signinlog;
