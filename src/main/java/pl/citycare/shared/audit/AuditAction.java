package pl.citycare.shared.audit;

/** What happened to an audited record (rodzaj zdarzenia audytowego). */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ
}
