package pl.citycare.healthsupport.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.Centres;
import pl.citycare.healthsupport.application.Centres.CentreDetails;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Centra i ich psycholodzy: the four centres and who works at each. */
@Named
@ViewScoped
public class CentresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Centres staffing;

    private List<CentreDetails> centres;
    private Map<String, String> names;

    @PostConstruct
    void init() {
        centres = staffing.centres();
        names = staffing.psychologists().stream()
                .collect(Collectors.toMap(StaffMember::username, StaffMember::displayName, (a, b) -> a));
    }

    public List<CentreDetails> getCentres() {
        return centres;
    }

    /** The psychologists of a centre by name (a username no longer in the role shows as it is). */
    public String psychologistNames(CentreDetails centre) {
        return centre.psychologists().stream().map(u -> names.getOrDefault(u, u)).sorted()
                .collect(Collectors.joining(", "));
    }
}
