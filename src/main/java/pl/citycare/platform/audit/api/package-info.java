/** The audit trail's verification as a REST resource, for auditors' own tools. */
package pl.citycare.platform.audit.api;
