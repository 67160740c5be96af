package pl.citycare.procurement.domain.threshold;

/** Rodzaj progu. */
public enum ThresholdKind {
    /** Próg stosowania ustawy Pzp (EUR 30 000 until 2020, 130 000 PLN net from 2021). */
    NATIONAL,
    /** Próg unijny dla dostaw zamawiających samorządowych. */
    EU_SUPPLIES
}
