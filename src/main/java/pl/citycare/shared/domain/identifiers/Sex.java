package pl.citycare.shared.domain.identifiers;

/**
 * Płeć as recorded in the PESEL (its tenth digit: even for women, odd for men).
 */
public enum Sex {
    FEMALE,
    MALE
}
