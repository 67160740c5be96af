package pl.citycare.healthsupport.domain.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * One quarter-hour an appointment occupies, for the psychologist and for the client. Its rows carry the
 * database's unique keys that make overlapping appointments impossible.
 */
@Embeddable
public class OccupiedSlot {

    @Column(nullable = false)
    private String psychologist;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "slot_start", nullable = false)
    private Instant slotStart;

    protected OccupiedSlot() {
        // for JPA
    }

    OccupiedSlot(String psychologist, Long clientId, Instant slotStart) {
        this.psychologist = psychologist;
        this.clientId = clientId;
        this.slotStart = slotStart;
    }

    public Instant getSlotStart() {
        return slotStart;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OccupiedSlot s && psychologist.equals(s.psychologist) && clientId.equals(s.clientId)
                && slotStart.equals(s.slotStart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(psychologist, clientId, slotStart);
    }
}
