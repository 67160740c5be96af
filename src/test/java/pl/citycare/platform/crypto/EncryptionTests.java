package pl.citycare.platform.crypto;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.client.Clients;
import pl.citycare.healthsupport.application.client.ClientsTests;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.platform.crypto.application.KeyRotation;
import pl.citycare.platform.crypto.application.KeyRotation.KeyUsage;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sealed values in the running application: a key rotation seals old values again without changing what
 * they say, and a key the database knows but the configuration lacks stops the start-up check. The suite
 * runs with two test keys, {@code it-old} and the current {@code it-new}. Runs in {@code CityCareIT}.
 */
public interface EncryptionTests {

    @Test
    default void aRotationSealsOldValuesWithTheCurrentKeyAndRetiresTheOldKey() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        AsCentrePsychologist psychologist = Beans.get(AsCentrePsychologist.class);
        Clients clients = Beans.get(Clients.class);
        String code = psychologist.call(() -> clients.register(centre, ClientsTests.facts("Olena Kowalczuk", null)));
        // As if it had been registered before the key change.
        String old = Beans.get(FieldCipher.class).sealWith("it-old", "Olena Kowalczuk", Client.NAME_PURPOSE);
        TestCentres.update("UPDATE hs_client SET name_sealed = ? WHERE code = ?", old, code);

        KeyRotation rotation = Beans.get(KeyRotation.class);
        AsAdministrator admin = Beans.get(AsAdministrator.class);
        assertThat(admin.call(rotation::usage)).filteredOn(k -> k.id().equals("it-old"))
                .singleElement().satisfies(k -> assertThat(k.values()).isPositive());
        int total = 0;
        for (int batch = admin.call(() -> rotation.resealBatch(2)); batch > 0; batch = admin.call(() -> rotation.resealBatch(2))) {
            total += batch;
        }

        assertThat(total).isPositive();
        assertThat(TestCentres.queryString("SELECT name_sealed FROM hs_client WHERE code = ?", code))
                .startsWith("v1.it-new.");
        assertThat(psychologist.call(() -> clients.client(code)).facts().name()).isEqualTo("Olena Kowalczuk");
        KeyUsage retired = admin.call(rotation::usage).stream().filter(k -> k.id().equals("it-old")).findFirst().orElseThrow();
        assertThat(retired.values()).isZero();
        assertThat(retired.retiredAt()).isNotNull();
        assertThat(retired.current()).isFalse();
    }

    @Test
    default void aKeyTheDatabaseKnowsButTheConfigurationLacksStopsTheStartUpCheck() {
        EncryptionKeyCheck check = Beans.get(EncryptionKeyCheck.class);
        check.verify(); // as at start-up: the configured keys fit
        TestCentres.update("INSERT INTO app_encryption_key (key_id, fingerprint, registered_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                "it-lost", "AAAAAAAAAAAAAAAAAAAAAA");
        try {
            assertThatThrownBy(check::verify).isInstanceOf(KeyRingException.class)
                    .hasMessageContaining("'it-lost' is not configured").hasMessageContaining("CITYCARE_CRYPTO_KEYS");
        } finally {
            TestCentres.update("DELETE FROM app_encryption_key WHERE key_id = ?", "it-lost");
        }
    }

    @Test
    default void aValueAlteredInTheDatabaseIsRefusedNotShownAsGarbage() {
        FieldCipher cipher = Beans.get(FieldCipher.class);
        String sealed = cipher.seal("Natalia", Client.NAME_PURPOSE);
        char[] chars = sealed.toCharArray();
        int last = chars.length - 3;
        chars[last] = chars[last] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.open(new String(chars), Client.NAME_PURPOSE)).isInstanceOf(SealedValueUnreadable.class);
        assertThatThrownBy(() -> cipher.open(sealed, Client.PHONE_PURPOSE)).isInstanceOf(SealedValueUnreadable.class);
        assertThat(cipher.open(sealed, Client.NAME_PURPOSE)).isEqualTo("Natalia");
    }
}
