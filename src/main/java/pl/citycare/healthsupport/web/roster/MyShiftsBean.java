package pl.citycare.healthsupport.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.roster.DutyRoster;
import pl.citycare.healthsupport.application.roster.DutyRoster.ShiftView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Moje dyżury: a hotline psychologist's coming shifts. */
@Named
@ViewScoped
public class MyShiftsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 30;

    @Inject
    private DutyRoster roster;

    private List<ShiftView> shifts;

    @PostConstruct
    void init() {
        shifts = roster.myShifts(Instant.now(), SHOWN);
    }

    public List<ShiftView> getShifts() {
        return shifts;
    }
}
