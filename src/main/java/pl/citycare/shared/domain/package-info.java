/**
 * Shared kernel: small immutable value objects that every CityCare module speaks in.
 * They validate themselves once, on creation, so code holding one never re-checks it.
 */
package pl.citycare.shared.domain;
