package pl.citycare.testing.domain.notification;

/** To send, sent, acknowledged by the recipient; withdrawn when the result was corrected before it was sent. */
public enum NotificationStatus {
    TO_SEND, SENT, ACKNOWLEDGED, WITHDRAWN
}
