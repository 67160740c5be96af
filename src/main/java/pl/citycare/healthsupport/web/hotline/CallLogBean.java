package pl.citycare.healthsupport.web.hotline;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.hotline.CallDrafts;
import pl.citycare.healthsupport.application.hotline.HotlineCalls.EarlierCall;
import pl.citycare.healthsupport.application.hotline.HotlineCalls.LoggedCall;
import pl.citycare.healthsupport.application.hotline.HotlineCalls;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.hotline.CallFacts;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.CallReason;
import pl.citycare.healthsupport.domain.hotline.CallerLink;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.healthsupport.domain.hotline.EmergencyAction;
import pl.citycare.healthsupport.domain.hotline.HotlineCall;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rozmowa na linii: the form a hotline psychologist fills in during or right after a call, one screen,
 * keyboard only; below it, their latest calls. A rule broken is explained next to its field and nothing
 * typed is lost.
 */
@Named
@ViewScoped
public class CallLogBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 10;

    @Inject
    private HotlineCalls calls;

    @Inject
    private CallDrafts drafts;

    private LocalDateTime startedAt;
    private Integer durationMinutes;
    private ContactType contactType;
    private District district;
    private AgeBand ageBand;
    private List<CallReason> reasons;
    private RiskLevel riskLevel;
    private CallOutcome outcome;
    private EmergencyAction emergencyAction;
    private LocalDateTime emergencyActionAt;
    private String summary;
    private String callerFirstName;
    private String callerPhone;
    private LocalDateTime callbackAt;
    private String callerCode;
    private boolean newCallerCode;
    private List<EarlierCall> history;
    private List<HotlineCall> recent;
    private Instant draftSavedAt;
    private boolean draftRestored;
    /** Names this form (a new one after each saved call), so that a late draft save of the previous one is dropped. */
    private String formToken;

    @PostConstruct
    void init() {
        newCall();
        drafts.load().ifPresent(draft -> {
            restore(draft.fields());
            draftSavedAt = draft.savedAt();
            draftRestored = true;
        });
        recent = calls.myRecentCalls(RECENT);
    }

    /**
     * View action: says that a draft was put back. A view action runs before the page renders, so the
     * message reaches the messages area at the top (the bean would otherwise be made after it rendered).
     */
    public void announceRestoredDraft() {
        if (draftRestored) {
            Messages.add(null, FacesMessage.SEVERITY_WARN, "health.call.draftRestored", getDraftSavedAt());
            draftRestored = false;
        }
    }

    /** Saves the form as it stands (each field saves it as it changes), so nothing typed is ever lost. */
    public void saveDraft() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("formToken");
        if (!formToken.equals(posted)) {
            return; // from the form of a call saved meanwhile
        }
        var fields = new LinkedHashMap<String, String>();
        fields.put("startedAt", text(startedAt));
        fields.put("durationMinutes", text(durationMinutes));
        fields.put("contactType", text(contactType));
        fields.put("district", text(district));
        fields.put("ageBand", text(ageBand));
        fields.put("reasons", reasons == null ? null : String.join(",", reasons.stream().map(Enum::name).toList()));
        fields.put("riskLevel", text(riskLevel));
        fields.put("outcome", text(outcome));
        fields.put("emergencyAction", text(emergencyAction));
        fields.put("emergencyActionAt", text(emergencyActionAt));
        fields.put("summary", summary);
        fields.put("callerFirstName", callerFirstName);
        fields.put("callerPhone", callerPhone);
        fields.put("callbackAt", text(callbackAt));
        fields.put("callerCode", callerCode);
        fields.put("newCallerCode", String.valueOf(newCallerCode));
        drafts.save(fields);
        draftSavedAt = Instant.now();
    }

    /** Throws the draft away and starts an empty form. */
    public void discardDraft() {
        drafts.discard();
        newCall();
        draftSavedAt = null;
        Messages.add(null, FacesMessage.SEVERITY_INFO, "health.call.draftDiscarded");
    }

    /** Puts a draft's fields back; a field that no longer reads (an old value) is left as the new form has it. */
    private void restore(Map<String, String> f) {
        startedAt = parse(f.get("startedAt"), LocalDateTime::parse, startedAt);
        durationMinutes = parse(f.get("durationMinutes"), Integer::valueOf, durationMinutes);
        contactType = parse(f.get("contactType"), ContactType::valueOf, contactType);
        district = parse(f.get("district"), District::valueOf, district);
        ageBand = parse(f.get("ageBand"), AgeBand::valueOf, ageBand);
        reasons = parse(f.get("reasons"), r -> r.isEmpty() ? new ArrayList<CallReason>()
                : new ArrayList<>(java.util.Arrays.stream(r.split(",")).map(CallReason::valueOf).toList()), reasons);
        riskLevel = parse(f.get("riskLevel"), RiskLevel::valueOf, riskLevel);
        outcome = parse(f.get("outcome"), CallOutcome::valueOf, outcome);
        emergencyAction = parse(f.get("emergencyAction"), EmergencyAction::valueOf, emergencyAction);
        emergencyActionAt = parse(f.get("emergencyActionAt"), LocalDateTime::parse, emergencyActionAt);
        summary = f.getOrDefault("summary", summary);
        callerFirstName = f.getOrDefault("callerFirstName", callerFirstName);
        callerPhone = f.getOrDefault("callerPhone", callerPhone);
        callbackAt = parse(f.get("callbackAt"), LocalDateTime::parse, callbackAt);
        callerCode = f.getOrDefault("callerCode", callerCode);
        newCallerCode = Boolean.parseBoolean(f.get("newCallerCode"));
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser, T otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException unreadable) {
            return otherwise;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public String getFormToken() {
        return formToken;
    }

    /** When the draft was last saved, as the form shows it ("" before the first save). */
    public String getDraftSavedAt() {
        return draftSavedAt == null ? "" : LocalDateTime.ofInstant(draftSavedAt, LocaleBean.DISPLAY_ZONE)
                .truncatedTo(ChronoUnit.SECONDS).toLocalTime().toString();
    }

    /** An empty form for the next call, starting now. */
    private void newCall() {
        formToken = java.util.UUID.randomUUID().toString();
        startedAt = LocalDateTime.now(LocaleBean.DISPLAY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        durationMinutes = null;
        contactType = ContactType.COUNSELLING;
        district = null;
        ageBand = AgeBand.UNKNOWN;
        reasons = new ArrayList<>();
        riskLevel = RiskLevel.NONE;
        outcome = CallOutcome.CONSULTATION_GIVEN;
        emergencyAction = null;
        emergencyActionAt = null;
        summary = null;
        callerFirstName = null;
        callerPhone = null;
        callbackAt = null;
        callerCode = null;
        newCallerCode = false;
        history = null;
    }

    public void save() {
        if (newCallerCode && callerCode != null && !callerCode.isBlank()) {
            Messages.add("call:callerCode", FacesMessage.SEVERITY_ERROR, "health.call.rule.codeEitherNewOrGiven");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        CallerLink link = newCallerCode ? CallerLink.newCode()
                : callerCode == null || callerCode.isBlank() ? CallerLink.none() : CallerLink.existing(callerCode);
        try {
            LoggedCall logged = calls.log(new CallFacts(instant(startedAt), durationMinutes == null ? -1 : durationMinutes,
                    contactType, district, ageBand, reasons == null ? Set.of() : new HashSet<>(reasons),
                    riskLevel, outcome, emergencyAction, instant(emergencyActionAt), summary, callerFirstName,
                    callerPhone, instant(callbackAt)), link);
            if (newCallerCode) {
                Messages.add(null, FacesMessage.SEVERITY_INFO, "health.call.savedWithNewCode", logged.number(),
                        logged.callerCode());
            } else {
                Messages.add(null, FacesMessage.SEVERITY_INFO, "health.call.saved", logged.number());
            }
            newCall();
            draftSavedAt = null;
            recent = calls.myRecentCalls(RECENT);
        } catch (Rejected rejected) {
            Messages.add("call:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Shows the earlier calls of the caller whose code was typed (the reading is audited). */
    public void showHistory() {
        try {
            history = calls.history(callerCode);
        } catch (Rejected rejected) {
            history = null;
            Messages.add("call:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(LocaleBean.DISPLAY_ZONE).toInstant();
    }

    public ContactType[] getContactTypes() {
        return ContactType.values();
    }

    public District[] getDistricts() {
        return District.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public CallReason[] getReasonOptions() {
        return CallReason.values();
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public CallOutcome[] getOutcomes() {
        return CallOutcome.values();
    }

    public EmergencyAction[] getEmergencyActions() {
        return EmergencyAction.values();
    }

    public List<HotlineCall> getRecent() {
        return recent;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public void setContactType(ContactType contactType) {
        this.contactType = contactType;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public List<CallReason> getReasons() {
        return reasons;
    }

    public void setReasons(List<CallReason> reasons) {
        this.reasons = reasons;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CallOutcome outcome) {
        this.outcome = outcome;
    }

    public EmergencyAction getEmergencyAction() {
        return emergencyAction;
    }

    public void setEmergencyAction(EmergencyAction emergencyAction) {
        this.emergencyAction = emergencyAction;
    }

    public LocalDateTime getEmergencyActionAt() {
        return emergencyActionAt;
    }

    public void setEmergencyActionAt(LocalDateTime emergencyActionAt) {
        this.emergencyActionAt = emergencyActionAt;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCallerFirstName() {
        return callerFirstName;
    }

    public void setCallerFirstName(String callerFirstName) {
        this.callerFirstName = callerFirstName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public void setCallerPhone(String callerPhone) {
        this.callerPhone = callerPhone;
    }

    public String getCallerCode() {
        return callerCode;
    }

    public void setCallerCode(String callerCode) {
        this.callerCode = callerCode;
    }

    public boolean isNewCallerCode() {
        return newCallerCode;
    }

    public void setNewCallerCode(boolean newCallerCode) {
        this.newCallerCode = newCallerCode;
    }

    public List<EarlierCall> getHistory() {
        return history;
    }

    public LocalDateTime getCallbackAt() {
        return callbackAt;
    }

    public void setCallbackAt(LocalDateTime callbackAt) {
        this.callbackAt = callbackAt;
    }
}
