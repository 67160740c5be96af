package pl.citycare.healthsupport.domain.client;

/** Dokąd kierujemy: the procedures and services a centre refers clients to. */
public enum ReferralKind {
    /** Procedura „Niebieskie Karty” (domestic violence), per Dz.U. 2023 poz. 1870. */
    BLUE_CARD,
    ADDICTION_THERAPY,
    PSYCHIATRIC_CARE,
    /** Miejski Ośrodek Pomocy Społecznej. */
    SOCIAL_WELFARE_MOPS,
    OTHER
}
