package pl.citycare.procurement.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published event: procurement handed equipment to a test site or a psychological aid centre. Other
 * contexts observe it (e.g. to note the equipment at their site) without knowing procurement's classes;
 * it is fired inside the hand-over's transaction, so an observer that must see it committed observes
 * {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record EquipmentHandedOver(long distributionId, Destination destination, String recipientName, String item,
                                  BigDecimal quantity, String unit, LocalDate handedOn) {

    /** Where the equipment went, as far as other contexts are concerned. */
    public enum Destination {
        TEST_SITE, AID_CENTRE
    }
}
