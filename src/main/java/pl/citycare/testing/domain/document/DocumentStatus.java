package pl.citycare.testing.domain.document;

/** Valid until a corrected result revokes it. */
public enum DocumentStatus {
    VALID, REVOKED
}
