/**
 * Import listy pracowników: an employer's list of workers (CSV or XLSX) read into rows, its columns mapped to
 * the worker's fields (remembered per employer), and the import job whose progress the page polls.
 */
package pl.citycare.testing.domain.workerimport;
