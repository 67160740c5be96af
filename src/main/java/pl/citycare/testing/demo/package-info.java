/** Testing's demo data (fictional employers around Kraków and their workers), loaded only with demo data on. */
package pl.citycare.testing.demo;
