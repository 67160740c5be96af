package pl.citycare.procurement.domain.budget;

/** Pozycja budżetu: what the programme buys. */
public enum BudgetCategory {
    /** Aparatura medyczna (ventilators, monitors). */
    MEDICAL_APPARATUS,
    /** Sprzęt medyczny (pulse oximeters, thermometers). */
    MEDICAL_EQUIPMENT,
    /** Środki ochrony indywidualnej (masks, gloves, gowns). */
    PERSONAL_PROTECTIVE_EQUIPMENT
}
