package pl.citycare.platform.security.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static UserAccount account() {
        return new UserAccount("jkowalski", "Jan Kowalski", "hash", EnumSet.of(Role.TESTING_CLERK), T0);
    }

    /** Records {@code count} wrong passwords one minute apart from {@code start}; returns the last attempt's time. */
    private static Instant recordFailures(UserAccount account, int count, Instant start) {
        Instant at = start;
        for (int i = 0; i < count; i++) {
            at = start.plus(Duration.ofMinutes(i));
            assertThat(account.recordFailedSignIn(at, MAX_ATTEMPTS, LOCKOUT))
                    .as("failure %d of %d must not lock", i + 1, count)
                    .isFalse();
        }
        return at;
    }

    @Test
    void aNewAccountHasNoFailuresNoLockAndNoLastLogin() {
        UserAccount account = account();

        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isEmpty();
        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.getLastLoginAt()).isEmpty();
        assertThat(account.isActive()).isTrue();
        assertThat(account.getPreferredLocale()).isEqualTo("pl");
    }

    @Test
    void fourFailuresDoNotLockButAreCounted() {
        UserAccount account = account();

        Instant last = recordFailures(account, 4, T0);

        assertThat(account.getFailedAttempts()).isEqualTo(4);
        assertThat(account.getLockedUntil()).isEmpty();
        assertThat(account.isLockedAt(last)).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesFromThatAttemptAndResetsTheCounter() {
        UserAccount account = account();
        Instant fourth = recordFailures(account, 4, T0);
        Instant fifth = fourth.plus(Duration.ofMinutes(1));

        boolean locked = account.recordFailedSignIn(fifth, MAX_ATTEMPTS, LOCKOUT);

        assertThat(locked).isTrue();
        assertThat(account.getLockedUntil()).contains(fifth.plus(LOCKOUT));
        assertThat(account.getFailedAttempts()).isZero();
    }

    @Test
    void aLockHoldsFromItsStartUntilJustBeforeItsEndButNotAtTheExactEnd() {
        UserAccount account = account();
        Instant fifth = recordFailures(account, 4, T0).plus(Duration.ofMinutes(1));
        account.recordFailedSignIn(fifth, MAX_ATTEMPTS, LOCKOUT);
        Instant end = fifth.plus(LOCKOUT);

        assertThat(account.isLockedAt(fifth)).isTrue();
        assertThat(account.isLockedAt(end.minusNanos(1))).isTrue();
        assertThat(account.isLockedAt(end)).isFalse();
        assertThat(account.isLockedAt(end.plusSeconds(1))).isFalse();
    }

    @Test
    void afterTheLockRanOutTheNextFailureCountsAsTheFirstAgain() {
        UserAccount account = account();
        Instant fifth = recordFailures(account, 4, T0).plus(Duration.ofMinutes(1));
        account.recordFailedSignIn(fifth, MAX_ATTEMPTS, LOCKOUT);
        Instant end = fifth.plus(LOCKOUT);

        boolean lockedAgain = account.recordFailedSignIn(end, MAX_ATTEMPTS, LOCKOUT);

        assertThat(lockedAgain).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.getLockedUntil()).isEmpty();
        assertThat(account.isLockedAt(end)).isFalse();
    }

    @Test
    void failuresRecordedWhileLockedDoNotCarryOverOnceTheLockRanOut() {
        UserAccount account = account();
        Instant fifth = recordFailures(account, 4, T0).plus(Duration.ofMinutes(1));
        account.recordFailedSignIn(fifth, MAX_ATTEMPTS, LOCKOUT);
        account.recordFailedSignIn(fifth.plusSeconds(10), MAX_ATTEMPTS, LOCKOUT);
        account.recordFailedSignIn(fifth.plusSeconds(20), MAX_ATTEMPTS, LOCKOUT);
        Instant end = fifth.plus(LOCKOUT);

        assertThat(account.recordFailedSignIn(end, MAX_ATTEMPTS, LOCKOUT)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void afterTheLockRanOutItTakesFiveNewFailuresToLockAgain() {
        UserAccount account = account();
        Instant fifth = recordFailures(account, 4, T0).plus(Duration.ofMinutes(1));
        account.recordFailedSignIn(fifth, MAX_ATTEMPTS, LOCKOUT);
        Instant later = fifth.plus(Duration.ofHours(1));

        Instant fourthAgain = recordFailures(account, 4, later);
        Instant fifthAgain = fourthAgain.plus(Duration.ofMinutes(1));

        assertThat(account.recordFailedSignIn(fifthAgain, MAX_ATTEMPTS, LOCKOUT)).isTrue();
        assertThat(account.getLockedUntil()).contains(fifthAgain.plus(LOCKOUT));
    }

    @Test
    void aSuccessfulSignInClearsTheFailureCountAndRecordsTheLastLogin() {
        UserAccount account = account();
        Instant third = recordFailures(account, 3, T0);
        Instant success = third.plusSeconds(30);

        account.recordSuccessfulSignIn(success);

        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isEmpty();
        assertThat(account.getLastLoginAt()).contains(success);
    }

    @Test
    void aSuccessfulSignInLiftsALockAndTheNextFailureCountsAsTheFirst() {
        UserAccount account = account();
        Instant fifth = recordFailures(account, 4, T0).plus(Duration.ofMinutes(1));
        account.recordFailedSignIn(fifth, MAX_ATTEMPTS, LOCKOUT);
        Instant success = fifth.plusSeconds(10);

        account.recordSuccessfulSignIn(success);

        assertThat(account.getLockedUntil()).isEmpty();
        assertThat(account.isLockedAt(success)).isFalse();
        assertThat(account.getLastLoginAt()).contains(success);
        assertThat(account.recordFailedSignIn(success.plusSeconds(1), MAX_ATTEMPTS, LOCKOUT)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInAfterFailuresMeansFiveMoreFailuresAreNeededToLock() {
        UserAccount account = account();
        Instant fourth = recordFailures(account, 4, T0);
        account.recordSuccessfulSignIn(fourth.plusSeconds(1));

        Instant fourthAgain = recordFailures(account, 4, fourth.plusSeconds(2));

        assertThat(account.getLockedUntil()).isEmpty();
        assertThat(account.recordFailedSignIn(fourthAgain.plusSeconds(1), MAX_ATTEMPTS, LOCKOUT)).isTrue();
    }

    @Test
    void usernamesAreNormalisedByTrimmingAndLowerCasing() {
        assertThat(UserAccount.normalise("JKowalski ")).isEqualTo("jkowalski");
        assertThat(UserAccount.normalise("\t JKOWALSKI\n")).isEqualTo("jkowalski");
        assertThat(UserAccount.normalise("jkowalski")).isEqualTo("jkowalski");
        assertThat(UserAccount.normalise(null)).isNull();
    }

    @Test
    void normalisingDoesNotDependOnTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            // In Turkish, "I".toLowerCase() is the dotless "ı".
            Locale.setDefault(Locale.forLanguageTag("tr"));

            assertThat(UserAccount.normalise("ADMIN_IT")).isEqualTo("admin_it");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void theConstructorStoresTheNormalisedUsername() {
        var account = new UserAccount("JKowalski ", "Jan Kowalski", "hash", Set.of(Role.AUDITOR), T0);

        assertThat(account.getUsername()).isEqualTo("jkowalski");
        assertThat(account.getDisplayName()).isEqualTo("Jan Kowalski");
    }

    @Test
    void changingTheSetOfRolesReturnedByGetRolesDoesNotChangeTheAccount() {
        var account = new UserAccount("jkowalski", "Jan Kowalski", "hash",
                EnumSet.of(Role.PROCUREMENT_CLERK, Role.AUDITOR), T0);

        Set<Role> roles = account.getRoles();
        roles.add(Role.ADMIN);
        roles.remove(Role.AUDITOR);

        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.PROCUREMENT_CLERK, Role.AUDITOR);
    }

    @Test
    void changingTheSetOfRolesPassedToTheConstructorDoesNotChangeTheAccount() {
        Set<Role> given = EnumSet.of(Role.TESTING_CLERK);
        var account = new UserAccount("jkowalski", "Jan Kowalski", "hash", given, T0);

        given.add(Role.ADMIN);

        assertThat(account.getRoles()).containsExactly(Role.TESTING_CLERK);
    }

    @Test
    void anAccountWithoutRolesReturnsAnEmptyChangeableCopy() {
        var account = new UserAccount("jkowalski", "Jan Kowalski", "hash", Set.of(), T0);

        Set<Role> roles = account.getRoles();
        roles.add(Role.ADMIN);

        assertThat(account.getRoles()).isEmpty();
    }

    @Test
    void everyRoleHasAStringConstantOfTheSameNameAndValueInRoleNamesAndThereAreNoOthers() throws IllegalAccessException {
        Set<String> roleNames = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        Field[] fields = Role.Names.class.getFields();

        Set<String> constantNames = Arrays.stream(fields).map(Field::getName).collect(Collectors.toSet());
        assertThat(constantNames).as("constants in Role.Names").isEqualTo(roleNames);
        for (Field field : fields) {
            assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                    .as("Role.Names.%s is static final", field.getName())
                    .isTrue();
            assertThat(field.getType()).as("type of Role.Names.%s", field.getName()).isEqualTo(String.class);
            assertThat(field.get(null)).as("value of Role.Names.%s", field.getName()).isEqualTo(field.getName());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"oko*", "okowalsk*", "okowalska)(uid=*", "*", "a b",
            "okowalska\\", "okowalska\u0000", "\u0000okowalska", "ok", "-okowalska", "okowalska;", "ok\u00f3walska"})
    void namesThatAreNotUsernamesAreNotWellFormed(String typed) {
        assertThat(UserAccount.isWellFormed(UserAccount.normalise(typed))).isFalse();
    }

    @Test
    void aUsernameIsTrimmedAndLowerCasedButKeepsItsControlCharacters() {
        assertThat(UserAccount.normalise("  JKowalski\t")).isEqualTo("jkowalski");
        assertThat(UserAccount.isWellFormed(UserAccount.normalise(" O.Kowalska-2 "))).isTrue();
        assertThat(UserAccount.normalise("okowalska\u0000")).isEqualTo("okowalska\u0000");
    }
}
