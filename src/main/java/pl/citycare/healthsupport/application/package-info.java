/** Health support's use cases, one transactional service method each, every method guarded by its roles. */
package pl.citycare.healthsupport.application;
