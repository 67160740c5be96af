/** The employer (pracodawca) and its work sites. */
package pl.citycare.testing.domain.employer;
