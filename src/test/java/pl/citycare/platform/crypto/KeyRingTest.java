package pl.citycare.platform.crypto;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.citycare.platform.crypto.FieldCipherTest.randomKey;

class KeyRingTest {

    @Test
    void theCurrentKeyIsTheNamedOneOrTheLastListed() {
        String spec = "2025a=" + randomKey() + ", 2026-b = " + randomKey();
        assertThat(KeyRing.parse(spec, null).currentId()).isEqualTo("2026-b");
        assertThat(KeyRing.parse(spec, "2025a").currentId()).isEqualTo("2025a");
        assertThat(KeyRing.parse(spec, null).ids()).containsExactly("2025a", "2026-b");
    }

    @Test
    void aMisconfiguredRingSaysWhatIsWrongWithoutPrintingAKey() {
        String key = randomKey();
        assertThatThrownBy(() -> KeyRing.parse("", null)).isInstanceOf(KeyRingException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> KeyRing.parse("k1=" + key.substring(4), null)).isInstanceOf(KeyRingException.class)
                .hasMessageContaining("'k1'").hasMessageNotContaining(key.substring(4));
        assertThatThrownBy(() -> KeyRing.parse("k1=not base64!", null)).hasMessageContaining("Base64");
        assertThatThrownBy(() -> KeyRing.parse("k1=" + key + ",k1=" + randomKey(), null)).hasMessageContaining("twice");
        assertThatThrownBy(() -> KeyRing.parse("k1=" + key, "k9")).hasMessageContaining("'k9'");
        assertThatThrownBy(() -> KeyRing.parse("bad id=" + key, null)).hasMessageContaining("id=base64key");
        assertThatThrownBy(() -> KeyRing.parse(key, null)).isInstanceOf(KeyRingException.class)
                .hasMessageNotContaining(key);
    }

    @Test
    void aFingerprintIdentifiesTheKeyAndRevealsNothingOfIt() {
        String key = randomKey();
        KeyRing ring = KeyRing.parse("a=" + key + ",b=" + randomKey(), null);
        assertThat(ring.fingerprint("a")).isEqualTo(KeyRing.parse("x=" + key, null).fingerprint("x"))
                .isNotEqualTo(ring.fingerprint("b")).hasSize(22).isNotEqualTo(key);
    }

    @Test
    void theStartUpCheckStopsOnAMissingOrDifferentKeyOnly() {
        var registered = List.of(new EncryptionKeyCheck.Registered("k1", "fp1", false),
                new EncryptionKeyCheck.Registered("k0", "fp0", true));

        assertThat(EncryptionKeyCheck.problems(java.util.Map.of("k1", "fp1", "k2", "fp2"), registered))
                .as("a new key, and a retired key no longer configured, are fine").isEmpty();
        assertThat(EncryptionKeyCheck.problems(java.util.Map.of("k2", "fp2"), registered))
                .singleElement().asString().contains("'k1' is not configured");
        assertThat(EncryptionKeyCheck.problems(java.util.Map.of("k1", "other"), registered))
                .singleElement().asString().contains("'k1' is not the key");
    }
}
