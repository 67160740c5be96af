package pl.citycare.procurement.domain.request;

/**
 * Uwaga: what the system points out about a request for the approver and the auditor. Flags warn;
 * they do not stop a request, since the law leaves the decision (and its justification) to people.
 */
public enum Flag {
    /** No thresholds in the dictionary for the procedure's start date: the value could not be checked. */
    NO_THRESHOLDS,
    /** "Below the national threshold" chosen for a value at or above it. */
    BASIS_ABOVE_NATIONAL_THRESHOLD,
    /** An open procedure at or above the EU threshold: the notice goes to the EU Official Journal too. */
    EU_THRESHOLD_REACHED,
    /** Together with other requests of its CPV group in the same year it crosses the national threshold. */
    POSSIBLE_SPLIT_ORDER,
    /** A COVID-19 act purchase whose BIP publication is past due and not recorded. */
    BIP_PUBLICATION_MISSING,
    /** A COVID-19 act purchase published in BIP after its due date. */
    BIP_PUBLICATION_LATE
}
