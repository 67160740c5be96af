package pl.citycare.healthsupport.domain.hotline;

/** Wynik rozmowy. */
public enum CallOutcome {
    CONSULTATION_GIVEN, REFERRED_TO_CENTRE, REFERRED_TO_EMERGENCY, CALLBACK_AGREED, INFORMATION_ONLY
}
