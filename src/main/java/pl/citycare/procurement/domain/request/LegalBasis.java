package pl.citycare.procurement.domain.request;

/** Podstawa prawna: how the purchase may be made. */
public enum LegalBasis {
    /** Przetarg nieograniczony (Pzp). */
    OPEN_PROCEDURE,
    /** Zamówienie poniżej progu stosowania ustawy. */
    BELOW_NATIONAL_THRESHOLD,
    /** Wyłączenie na podstawie specustawy COVID-19. */
    COVID_EXEMPTION
}
