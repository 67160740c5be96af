package pl.citycare.support;

import pl.citycare.platform.security.domain.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * In-container test data: a centre of the test's own, so that no test depends on another's staffing,
 * and the staffing of the run-as centre psychologist ({@code it-centre-psychologist}), written straight to
 * the tables because that identity has no account the coordinator's page would offer.
 */
public final class TestCentres {

    /** The identity {@link AsCentrePsychologist} acts as. */
    public static final String PSYCHOLOGIST = Deployments.runAsPrincipal(Role.CENTRE_PSYCHOLOGIST);

    private TestCentres() {
    }

    /** A new centre with a unique code such as {@code T3F9A1C}, open for its psychologists. */
    public static String create() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        update("INSERT INTO hs_centre (code, name, address, district, active, version) VALUES (?, ?, ?, ?, ?, 0)",
                code, "Test centre " + code, "ul. Testowa 1, 30-001 Kraków", "PODGORZE", Boolean.TRUE);
        return code;
    }

    /** Makes the run-as centre psychologist work at the centre. */
    public static void assignPsychologist(String centre) {
        update("INSERT INTO hs_centre_psychologist (centre_code, username) VALUES (?, ?)", centre, PSYCHOLOGIST);
    }

    public static void unassignPsychologist(String centre) {
        update("DELETE FROM hs_centre_psychologist WHERE centre_code = ? AND username = ?", centre, PSYCHOLOGIST);
    }

    public static void update(String sql, Object... parameters) {
        try (Connection c = Beans.dataSource().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single value the query answers, e.g. a sealed column. */
    public static String queryString(String sql, Object... parameters) {
        try (Connection c = Beans.dataSource().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
