package pl.citycare.healthsupport.domain.hotline;

/** Rodzaj kontaktu: helplines count these apart, so a silent call or a prank is not a consultation. */
public enum ContactType {
    COUNSELLING, INFORMATION_ONLY, SILENT_CALL, HANG_UP, PRANK, ABUSIVE, WRONG_NUMBER, ABOUT_SOMEONE_ELSE
}
