/** Health support's REST API: the public help directory for the residents' platform. */
package pl.citycare.healthsupport.api;
