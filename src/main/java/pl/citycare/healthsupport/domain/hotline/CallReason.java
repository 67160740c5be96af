package pl.citycare.healthsupport.domain.hotline;

/** Powód kontaktu: a call may have several. */
public enum CallReason {
    ANXIETY, DEPRESSION, LONELINESS, DOMESTIC_VIOLENCE, FAMILY_CONFLICT, ADDICTION, BEREAVEMENT, SUICIDAL_THOUGHTS, OTHER
}
