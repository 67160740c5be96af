/** Exports of lists and reports in formats other tools open: CSV for Excel and XLSX. */
package pl.citycare.platform.export;
