package pl.citycare.testing.domain.notification;

/** Adresat: the worker's employer, or the sanitary station (Sanepid, Państwowa Inspekcja Sanitarna). */
public enum Recipient {
    EMPLOYER, SANEPID
}
