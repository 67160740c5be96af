package pl.citycare.healthsupport.domain.client;

import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.PhoneNumbers;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Set;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * What the psychologist writes down at intake (przyjęcie klienta). Name and phone are optional: most
 * clients stay known by their code only. {@link #check} holds the rules the form and the service share.
 */
public record ClientFacts(Set<TargetGroup> targetGroups, AgeBand ageBand, District district, LocalDate consentGivenOn,
                          String name, String phone) {

    public static final int NAME_MAX = 120;

    public ClientFacts {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        name = blankToNull(name);
        phone = blankToNull(phone);
    }

    /** @throws RuleViolation for the first rule broken, naming its field */
    void check(LocalDate today) {
        require(!targetGroups.isEmpty(), "targetGroups", "health.client.rule.targetGroupRequired");
        require(ageBand != null, "ageBand", "health.client.rule.ageBandRequired");
        require(consentGivenOn != null, "consentGivenOn", "health.client.rule.consentRequired");
        require(!consentGivenOn.isAfter(today), "consentGivenOn", "health.client.rule.consentInFuture");
        require(name == null || name.length() <= NAME_MAX, "name", "health.client.rule.nameTooLong");
        require(phone == null || PhoneNumbers.isWellFormed(phone), "phone", "health.client.rule.phoneFormat");
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
