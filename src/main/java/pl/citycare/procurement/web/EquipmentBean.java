package pl.citycare.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.procurement.application.Distributions;
import pl.citycare.procurement.application.Distributions.IdleEquipment;

import java.io.Serializable;
import java.util.List;

/** Bezczynny sprzęt: apparatus in stock or handed over and not in use for longer than the configured days. */
@Named
@ViewScoped
public class EquipmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Distributions distributions;

    private List<IdleEquipment> idle;
    private int days;

    @PostConstruct
    void init() {
        idle = distributions.idle();
        days = distributions.idleDays();
    }

    public List<IdleEquipment> getIdle() {
        return idle;
    }

    public int getDays() {
        return days;
    }
}
