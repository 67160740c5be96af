package pl.citycare.healthsupport.domain.hotline;

/** Poziom ryzyka: imminent risk obliges the psychologist to act, and the call to say how. */
public enum RiskLevel {
    NONE, LOW, MODERATE, HIGH, IMMINENT
}
