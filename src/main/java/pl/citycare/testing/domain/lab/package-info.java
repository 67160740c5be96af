/** Laboratories' access (API keys, kept as hashes) and the results that match no sample yet (the unmatched inbox). */
package pl.citycare.testing.domain.lab;
