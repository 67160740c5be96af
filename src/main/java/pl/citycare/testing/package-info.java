/**
 * Testy dla pracowników sezonowych: the city's COVID-19 tests for seasonal workers from Ukraine, from the
 * employers' lists of workers to the bilingual result. Its tables start with {@code ts_}; its pages sit
 * under {@code /testing/} for the testing clerk.
 */
package pl.citycare.testing;
