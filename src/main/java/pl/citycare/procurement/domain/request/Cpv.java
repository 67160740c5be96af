package pl.citycare.procurement.domain.request;

/**
 * Wspólny Słownik Zamówień (CPV): the families of the programme's purchases. Only the two families
 * the programme's brief names are here; the dictionary grows with the procedures.
 */
public enum Cpv {
    /** Urządzenia medyczne. */
    MEDICAL_DEVICES("33100000-1"),
    /** Akcesoria ochronne. */
    PROTECTIVE_GEAR("18143000-3");

    private final String code;

    Cpv(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
