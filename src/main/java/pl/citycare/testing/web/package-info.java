/** Testing's pages under {@code /testing/}: thin view-scoped beans over the application services. */
package pl.citycare.testing.web;
