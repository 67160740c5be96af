package pl.citycare.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the start-up sequence got to: the readiness check answers from it, so an instance whose start
 * failed half-way says DOWN with the reason instead of serving a half-prepared database.
 */
@ApplicationScoped
public class StartupStatus {

    private static final Logger LOG = Logger.getLogger(StartupStatus.class.getName());

    /** The phases of a start. */
    public enum Phase { STARTING, READY, FAILED }

    /** One named step of the sequence. */
    public record Step(String name, Runnable action) {
    }

    private volatile Phase phase = Phase.STARTING;
    private volatile String failure;
    private final List<String> completed = new ArrayList<>();

    /**
     * Runs the steps in order and stops at the first that fails. A failure is logged with its cause and
     * kept as the reason the readiness check gives; it is not rethrown, so that the application stays
     * deployed and can say why it is not ready.
     */
    public synchronized void run(List<Step> steps) {
        for (Step step : steps) {
            try {
                step.action().run();
                completed.add(step.name());
            } catch (RuntimeException e) {
                failure = step.name() + ": " + rootMessage(e);
                phase = Phase.FAILED;
                LOG.log(Level.SEVERE, "CityCare did not start: " + failure + ". The instance stays NOT READY.", e);
                return;
            }
        }
        phase = Phase.READY;
        LOG.info(() -> "CityCare started: " + String.join(", ", completed));
    }

    public Phase phase() {
        return phase;
    }

    /** Why the start failed, when it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The names of the steps that completed, in order. */
    public synchronized List<String> completedSteps() {
        return List.copyOf(completed);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }
}
