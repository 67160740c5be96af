package pl.citycare.platform.crypto.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.crypto.application.KeyRotation;
import pl.citycare.platform.crypto.application.KeyRotation.KeyUsage;
import pl.citycare.platform.i18n.Messages;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * Klucze szyfrowania: the administrator sees which keys seal how many values and re-encrypts after a key
 * change. One press works through batches (a transaction each) for up to half a minute, so the request
 * never hangs; the page says how many remain.
 */
@Named
@ViewScoped
public class EncryptionKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 500;
    private static final Duration PER_PRESS = Duration.ofSeconds(30);

    @Inject
    private KeyRotation rotation;

    private List<KeyUsage> keys;

    @PostConstruct
    void init() {
        keys = rotation.usage();
    }

    public void reseal() {
        long deadline = System.nanoTime() + PER_PRESS.toNanos();
        long total = 0;
        int batch;
        do {
            batch = rotation.resealBatch(BATCH);
            total += batch;
        } while (batch > 0 && System.nanoTime() < deadline);
        keys = rotation.usage();
        long remaining = keys.stream().filter(k -> !k.current()).mapToLong(KeyUsage::values).sum();
        if (remaining == 0) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, "admin.encryption.resealed", total);
        } else {
            Messages.add(null, FacesMessage.SEVERITY_WARN, "admin.encryption.partly", total, remaining);
        }
    }

    public List<KeyUsage> getKeys() {
        return keys;
    }
}
