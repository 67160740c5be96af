/** Samples (próbki) taken at a slot, their laboratory results and the codes labs and the EU DCC use for both. */
package pl.citycare.testing.domain.sample;
