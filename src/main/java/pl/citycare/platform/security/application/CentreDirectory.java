package pl.citycare.platform.security.application;

import java.util.List;

/**
 * The centres a centre psychologist can be assigned to. Published by the health-support context
 * (it owns the centres); when that context is not deployed there is nothing to assign.
 */
public interface CentreDirectory {

    /** Code and display name of every active centre, e.g. {@code CPPP2}, "Centrum Pierwszej Pomocy Psychologicznej nr 2". */
    List<CentreOption> centres();

    record CentreOption(String code, String name) {
    }
}
