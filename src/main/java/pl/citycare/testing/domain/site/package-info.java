/** Test sites (punkty pobrań), stationary or mobile at an employer's work site, with their opening times. */
package pl.citycare.testing.domain.site;
