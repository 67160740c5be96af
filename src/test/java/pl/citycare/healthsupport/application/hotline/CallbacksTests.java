package pl.citycare.healthsupport.application.hotline;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.hotline.Callbacks.QueuedCallback;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.hotline.CallFacts;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsHotlinePsychologist;
import pl.citycare.support.Beans;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The callback queue inside Payara Micro. Runs in {@code CityCareIT}. */
public interface CallbacksTests {

    private QueuedCallback promise(String name, long minutesFromNow) throws Exception {
        Instant started = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        var facts = new CallFacts(started, 10, ContactType.COUNSELLING, null, AgeBand.UNKNOWN, Set.of(), RiskLevel.LOW,
                CallOutcome.CALLBACK_AGREED, null, null, null, name, "+48 600 000 111",
                Instant.now().plus(minutesFromNow, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES));
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);
        psychologist.call(() -> Beans.get(HotlineCalls.class).log(facts));
        return psychologist.call(() -> Beans.get(Callbacks.class).queue()).stream()
                .filter(c -> name.equals(c.callerFirstName())).findFirst().orElseThrow();
    }

    @Test
    default void anAgreedCallbackIsQueuedByPromisedTimeAndAnOverdueOneIsCounted() throws Exception {
        String later = "Later-" + UUID.randomUUID().toString().substring(0, 6);
        String overdue = "Overdue-" + UUID.randomUUID().toString().substring(0, 6);
        QueuedCallback laterOne = promise(later, 120);
        QueuedCallback overdueOne = promise(overdue, -10);

        var queue = Beans.get(AsHotlinePsychologist.class).call(() -> Beans.get(Callbacks.class).queue());
        assertThat(queue.indexOf(overdueOne)).isLessThan(queue.indexOf(laterOne));
        assertThat(overdueOne.overdue()).isTrue();
        assertThat(laterOne.overdue()).isFalse();
        assertThat(overdueOne.phone()).isEqualTo("+48 600 000 111");
        assertThat(Beans.get(AsHotlinePsychologist.class).call(() -> Beans.get(Callbacks.class).overdue())).isPositive();
    }

    @Test
    default void threeFailedAttemptsCloseACallbackAndADoneOneLeavesTheQueue() throws Exception {
        QueuedCallback unreachable = promise("Unreachable-" + UUID.randomUUID().toString().substring(0, 6), 30);
        QueuedCallback reached = promise("Reached-" + UUID.randomUUID().toString().substring(0, 6), 30);
        Callbacks callbacks = Beans.get(Callbacks.class);
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);

        for (int attempt = 0; attempt < 3; attempt++) {
            long version = unreachable.version() + attempt;
            boolean closed = psychologist.call(() -> callbacks.failedAttempt(unreachable.id(), version));
            assertThat(closed).isEqualTo(attempt == 2);
        }
        psychologist.call(() -> {
            callbacks.done(reached.id(), reached.version());
            return null;
        });

        assertThat(psychologist.call(callbacks::queue)).extracting(QueuedCallback::id)
                .doesNotContain(unreachable.id(), reached.id());
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("Callback", String.valueOf(unreachable.id()), 0, 1)
                .get(0).changes()).contains("UNREACHED").doesNotContain("600 000 111");
        assertThatThrownBy(() -> psychologist.call(() -> {
            callbacks.done(reached.id(), reached.version());
            return null;
        })).satisfies(failure -> assertThat(Beans.causes(failure))
                .anyMatch(t -> t.getClass().getSimpleName().equals("OptimisticLockException")));
    }

    @Test
    default void onlyHotlinePsychologistsSeeTheQueue() {
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> Beans.get(Callbacks.class).queue()))
                .isInstanceOf(EJBAccessException.class);
    }
}
