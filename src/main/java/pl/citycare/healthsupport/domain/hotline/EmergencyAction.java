package pl.citycare.healthsupport.domain.hotline;

/** Działanie interwencyjne taken during a call with imminent risk. */
public enum EmergencyAction {
    EMERGENCY_112_CALLED, POLICE_INFORMED, PSYCHIATRIC_EMERGENCY, AMBULANCE_SENT, OTHER
}
