package pl.citycare.shared.persistence;

/**
 * The one database of CityCare, as every component looks it up.
 * <p>
 * Defined by the platform ({@code pl.citycare.platform.persistence.DataSourceConfiguration});
 * named here so that the shared kernel need not know the platform.
 */
public final class CityCareDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/citycare";

    private CityCareDataSource() {
    }
}
