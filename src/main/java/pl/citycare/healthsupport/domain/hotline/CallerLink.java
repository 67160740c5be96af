package pl.citycare.healthsupport.domain.hotline;

/**
 * How a call is linked to a returning caller: not at all (the default: anonymous), under a new code the
 * caller has just agreed to, or under the code the caller gave.
 */
public record CallerLink(Kind kind, String typedCode) {

    public enum Kind { NONE, NEW_CODE, EXISTING_CODE }

    public static CallerLink none() {
        return new CallerLink(Kind.NONE, null);
    }

    public static CallerLink newCode() {
        return new CallerLink(Kind.NEW_CODE, null);
    }

    public static CallerLink existing(String typedCode) {
        return new CallerLink(Kind.EXISTING_CODE, typedCode);
    }
}
