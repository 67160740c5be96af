package pl.citycare.procurement.domain.request;

/**
 * Wspólny Słownik Zamówień (CPV): the codes of the programme's purchases. The dictionary grows with
 * the procedures; a code's first three digits are its group, which the split-order check compares.
 */
public enum Cpv {
    /** Urządzenia medyczne (pulsoksymetry, termometry). */
    MEDICAL_DEVICES("33100000-1"),
    /** Sprzęt do terapii gazowej i oddechowej (respiratory). */
    RESPIRATORY_DEVICES("33157000-5"),
    /** System monitorowania pacjenta (kardiomonitory). */
    PATIENT_MONITORING("33195000-3"),
    /** Materiały medyczne. */
    MEDICAL_CONSUMABLES("33140000-3"),
    /** Odzież medyczna (fartuchy, kombinezony). */
    MEDICAL_CLOTHING("33199000-1"),
    /** Akcesoria ochronne (maseczki, przyłbice). */
    PROTECTIVE_GEAR("18143000-3"),
    /** Rękawice jednorazowe. */
    DISPOSABLE_GLOVES("18424300-0");

    private final String code;

    Cpv(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Grupa CPV: the code's first three digits, e.g. {@code 331} for medical equipment. */
    public String group() {
        return code.substring(0, 3);
    }
}
