package pl.citycare.procurement.domain.distribution;

/** Rodzaj odbiorcy. */
public enum RecipientKind {
    /** Szpital. */
    HOSPITAL,
    /** Dom pomocy społecznej. */
    CARE_HOME,
    /** Punkt testowy programu testów. */
    TEST_SITE,
    /** Centrum Pierwszej Pomocy Psychologicznej. */
    AID_CENTRE,
    /** Inny odbiorca. */
    OTHER
}
