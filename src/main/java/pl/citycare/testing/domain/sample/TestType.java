package pl.citycare.testing.domain.sample;

/**
 * Rodzaj testu, with the codes labs and the EU Digital COVID Certificate use: the LOINC code of the test
 * and the DCC test type (value set {@code covid-19-lab-test-type}).
 */
public enum TestType {
    RT_PCR("94500-6", "LP6464-4"),
    ANTIGEN("94558-4", "LP217198-3");

    private final String loinc;
    private final String dccType;

    TestType(String loinc, String dccType) {
        this.loinc = loinc;
        this.dccType = dccType;
    }

    public String loinc() {
        return loinc;
    }

    /** DCC {@code tt}: LP6464-4 nucleic acid amplification, LP217198-3 rapid antigen. */
    public String dccType() {
        return dccType;
    }
}
