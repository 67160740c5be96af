package pl.citycare.platform.security.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.citycare.platform.security.domain.PasswordPolicy.Violation.COMMON;
import static pl.citycare.platform.security.domain.PasswordPolicy.Violation.CONTAINS_USERNAME;
import static pl.citycare.platform.security.domain.PasswordPolicy.Violation.TOO_SHORT;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordWithoutTheUsernamePasses() {
        assertThat(PasswordPolicy.check("jkowalski", "Wisła płynie przez Kraków 7")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveEnough() {
        assertThat(PasswordPolicy.check("jkowalski", "Xq7!mZ2#pL9")).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.check("jkowalski", "Xq7!mZ2#pL9w")).isEmpty();
        assertThat(PasswordPolicy.check("jkowalski", null)).containsExactly(TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "QWERTYUIOP123", "zaq12wsxcde3", "haslo1234567", "krakow123456"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(PasswordPolicy.check("jkowalski", common)).contains(COMMON);
    }

    @Test
    void thePasswordMustNotContainTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.check("JKowalski", "my-jkowalski-secret-77")).containsExactly(CONTAINS_USERNAME);
        assertThat(PasswordPolicy.check("jkowalski", "My-JKOWALSKI-secret-77")).containsExactly(CONTAINS_USERNAME);
    }

    @Test
    void severalReasonsAreReportedTogether() {
        assertThat(PasswordPolicy.check("haslo", "haslo1")).containsExactlyInAnyOrder(TOO_SHORT, CONTAINS_USERNAME);
    }
}
