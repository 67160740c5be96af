package pl.citycare.testing.domain.notification;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A notification goes to send → sent → acknowledged, and a corrected result withdraws only an unsent one. */
class NotificationTest {

    static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void sentThenAcknowledgedInThatOrder() {
        var n = new Notification(null, Recipient.SANEPID, LocalDate.of(2026, 12, 2), AT);
        assertThatThrownBy(() -> n.acknowledged(AT, "clerk")).isInstanceOf(RuleViolation.class);
        n.sent(AT.plusSeconds(60), "clerk");
        assertThatThrownBy(() -> n.sent(AT, "clerk")).isInstanceOf(RuleViolation.class);
        n.acknowledged(AT.plusSeconds(120), "clerk");
        assertThat(n.getStatus()).isEqualTo(NotificationStatus.ACKNOWLEDGED);
        n.resultCorrected();
        assertThat(n.getStatus()).as("what was sent stays on record").isEqualTo(NotificationStatus.ACKNOWLEDGED);
    }

    @Test
    void anUnsentOneIsWithdrawnWhenTheResultIsCorrected() {
        var n = new Notification(null, Recipient.EMPLOYER, LocalDate.of(2026, 12, 2), AT);
        n.resultCorrected();
        assertThat(n.getStatus()).isEqualTo(NotificationStatus.WITHDRAWN);
        assertThatThrownBy(() -> n.sent(AT, "clerk")).isInstanceOf(RuleViolation.class);
    }
}
