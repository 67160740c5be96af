/** Health support's pages (views under {@code /health/}): thin backing beans over the application services. */
package pl.citycare.healthsupport.web;
