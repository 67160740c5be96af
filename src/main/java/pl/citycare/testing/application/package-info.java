/** Testing's use cases, one EJB per aggregate, each method guarded by its roles. */
package pl.citycare.testing.application;
