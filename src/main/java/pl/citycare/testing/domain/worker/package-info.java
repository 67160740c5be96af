/** The seasonal worker: names in both scripts, passport, employer; the national transliteration that links the scripts. */
package pl.citycare.testing.domain.worker;
