package pl.citycare.procurement.domain.request;

/** Status wniosku. */
public enum RequestStatus {
    SUBMITTED, APPROVED, REJECTED
}
