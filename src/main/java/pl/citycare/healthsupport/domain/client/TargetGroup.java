package pl.citycare.healthsupport.domain.client;

/** Grupa docelowa: why a client comes to a centre (the programme reports on these). */
public enum TargetGroup {
    DOMESTIC_VIOLENCE, FAMILY_CONFLICT, ADDICTION, YOUTH_ISOLATION, OTHER_CRISIS
}
