package pl.citycare.platform.crypto;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static FieldCipher cipherWith(KeyRing ring) {
        var cipher = new FieldCipher();
        cipher.keys = new EncryptionKeys() {
            @Override
            public KeyRing ring() {
                return ring;
            }
        };
        return cipher;
    }

    @Test
    void aSealedValueOpensToTheSameTextAndCarriesItsKeyIdButNotTheText() {
        FieldCipher cipher = cipherWith(KeyRing.parse("k1=" + randomKey(), null));
        String sealed = cipher.seal("Zażółć gęślą jaźń — Ґанна", "hs_client.name");

        assertThat(sealed).startsWith("v1.k1.").doesNotContain("gęślą");
        assertThat(cipher.open(sealed, "hs_client.name")).isEqualTo("Zażółć gęślą jaźń — Ґанна");
        assertThat(cipher.seal("same", "p")).as("a fresh nonce each time").isNotEqualTo(cipher.seal("same", "p"));
        assertThat(cipher.seal(null, "p")).isNull();
        assertThat(cipher.open(null, "p")).isNull();
    }

    @Test
    void anAlteredValueOrAnotherPurposeIsRefused() {
        FieldCipher cipher = cipherWith(KeyRing.parse("k1=" + randomKey(), null));
        String sealed = cipher.seal("+48 600 100 200", "hs_client.phone");

        assertThatThrownBy(() -> cipher.open(sealed, "hs_client.name")).isInstanceOf(SealedValueUnreadable.class);
        String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> cipher.open(altered, "hs_client.phone")).isInstanceOf(SealedValueUnreadable.class);
        assertThatThrownBy(() -> cipher.open("plain text", "hs_client.phone")).isInstanceOf(SealedValueUnreadable.class);
        assertThatThrownBy(() -> cipher.open("v1.k1.%%%", "hs_client.phone")).isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void afterAKeyChangeOldValuesStillOpenAndNewOnesUseTheNewKey() {
        String k1 = randomKey();
        FieldCipher before = cipherWith(KeyRing.parse("k1=" + k1, null));
        String old = before.seal("Iryna", "n");

        FieldCipher after = cipherWith(KeyRing.parse("k1=" + k1 + ",k2=" + randomKey(), null));
        assertThat(after.open(old, "n")).isEqualTo("Iryna");
        assertThat(after.isCurrent(old)).isFalse();
        assertThat(after.seal("Iryna", "n")).startsWith("v1.k2.").satisfies(v -> assertThat(after.isCurrent(v)).isTrue());

        FieldCipher lost = cipherWith(KeyRing.parse("k2=" + randomKey(), null));
        assertThatThrownBy(() -> lost.open(old, "n")).isInstanceOf(SealedValueUnreadable.class)
                .hasMessageContaining("'k1' is not configured");
    }

    @Test
    void theSameTextUnderAnotherKeyWithTheSameIdIsRefused() {
        String sealed = cipherWith(KeyRing.parse("k1=" + randomKey(), null)).seal("Maria", "n");
        FieldCipher impostor = cipherWith(KeyRing.parse("k1=" + randomKey(), null));
        assertThatThrownBy(() -> impostor.open(sealed, "n")).isInstanceOf(SealedValueUnreadable.class);
    }
}
