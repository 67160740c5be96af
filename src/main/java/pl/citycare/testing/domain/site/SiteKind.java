package pl.citycare.testing.domain.site;

/** Rodzaj punktu: a stationary site of the city, or a mobile team at an employer's work site. */
public enum SiteKind {
    STATIONARY, MOBILE
}
