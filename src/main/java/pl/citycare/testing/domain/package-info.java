/** Testing's aggregates: employers with their work sites, and the workers they send. */
package pl.citycare.testing.domain;
