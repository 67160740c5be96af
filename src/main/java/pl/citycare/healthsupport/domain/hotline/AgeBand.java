package pl.citycare.healthsupport.domain.hotline;

/** Przedział wieku rozmówcy, as the caller says or the psychologist judges. */
public enum AgeBand {
    UNDER_13, FROM_13_TO_17, FROM_18_TO_25, FROM_26_TO_40, FROM_41_TO_60, FROM_61_TO_75, OVER_75, UNKNOWN
}
