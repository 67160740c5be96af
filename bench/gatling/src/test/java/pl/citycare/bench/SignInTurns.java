package pl.citycare.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whose turn it is to sign in, per account: the virtual users of one account sign in one after the other, since
 * overlapping sign-ins of one account fail one of them. Non-blocking: a user waits with Gatling pauses, never by
 * holding one of Gatling's threads.
 */
final class SignInTurns {

    private static final Map<String, AtomicBoolean> TAKEN = new ConcurrentHashMap<>();

    private SignInTurns() {
    }

    static boolean take(String username) {
        return TAKEN.computeIfAbsent(username, u -> new AtomicBoolean()).compareAndSet(false, true);
    }

    static void release(String username) {
        TAKEN.get(username).set(false);
    }
}
