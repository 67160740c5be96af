/** What the four parts of account security share: password hashing. */
package pl.citycare.platform.security.application;
