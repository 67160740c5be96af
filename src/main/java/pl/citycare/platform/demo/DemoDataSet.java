package pl.citycare.platform.demo;

/**
 * Dane demonstracyjne of one module. Each context provides one CDI bean implementing this; the start-up
 * sequence loads them in {@link #order()} when {@code citycare.demo-data=true} (the one switch:
 * {@code CITYCARE_DEMO_DATA}). A set must be idempotent: a restart on the same database adds nothing twice.
 */
public interface DemoDataSet {

    /** The platform's accounts come first; the contexts follow. */
    int PLATFORM = 100;
    int HEALTH_SUPPORT = 200;
    int TESTING = 300;
    int PROCUREMENT = 400;

    /** Where in the load order this set goes: lower first. */
    int order();

    /** A short name for the start-up log and the readiness check. */
    String name();

    /** Creates what is missing, in one transaction (the implementing bean is {@code @Transactional}). */
    void load();
}
