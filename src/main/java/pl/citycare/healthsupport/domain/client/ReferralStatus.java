package pl.citycare.healthsupport.domain.client;

import java.util.EnumSet;
import java.util.Set;

/** Status skierowania. */
public enum ReferralStatus {
    PROPOSED, ACCEPTED, DECLINED, COMPLETED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(COMPLETED);
            default -> EnumSet.noneOf(ReferralStatus.class);
        };
    }
}
