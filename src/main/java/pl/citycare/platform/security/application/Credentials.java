package pl.citycare.platform.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;
import java.util.UUID;

/**
 * Hasła: hashes and checks passwords with the application's PBKDF2 parameters (PBKDF2-HMAC-SHA512,
 * 210,000 iterations, OWASP 2023), through Jakarta Security's own implementation. Only hashes are
 * ever stored.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll // a pure function of its arguments: it reads and writes no stored data
public class Credentials {

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** Hash of a random password, checked when the username is unknown so both cases take equally long. */
    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = passwordHash.generate(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    /** True when the password matches the stored hash; a missing hash (directory account) never matches. */
    public boolean matches(String password, String storedHash) {
        return storedHash != null && passwordHash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a real check, so that an unknown username cannot be told from a wrong password. */
    public void spendCheckTime(String password) {
        passwordHash.verify(password.toCharArray(), decoyHash);
    }
}
