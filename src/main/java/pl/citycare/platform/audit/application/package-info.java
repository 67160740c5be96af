/** Reading the audit trail: for auditors only. */
package pl.citycare.platform.audit.application;
