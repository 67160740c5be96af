package pl.citycare.healthsupport.domain.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Skierowanie: a client referred to another procedure or service, its status and dates. For the Blue Card
 * procedure, also the date the initiating form was completed, the date it went to the municipal
 * interdisciplinary team (zespół interdyscyplinarny), and the team's case reference.
 */
@Entity
@Table(name = "hs_referral")
public class Referral extends AuditedEntity {

    public static final int DESTINATION_MAX = 200;
    public static final int CASE_REFERENCE_MAX = 60;

    @Id
    @SequenceGenerator(name = "hs_referral_seq", sequenceName = "hs_referral_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_referral_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralKind kind;

    /** Where to, in a few words (an institution's name, never a person's). */
    private String destination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "proposed_on", nullable = false, updatable = false)
    private LocalDate proposedOn;

    @Column(name = "status_changed_on", nullable = false)
    private LocalDate statusChangedOn;

    @Column(name = "form_completed_on")
    private LocalDate formCompletedOn;

    @Column(name = "sent_to_team_on")
    private LocalDate sentToTeamOn;

    @AuditExcluded("it points to a person's case, and the retention run removes it: the trail records that one was given")
    @Column(name = "team_case_reference")
    private String teamCaseReference;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Referral() {
        // for JPA
    }

    /** @throws RuleViolation for a missing kind, a date in the future, or a destination too long */
    public static Referral propose(Client client, ReferralKind kind, String destination, LocalDate proposedOn,
                                   String createdBy, LocalDate today) {
        require(kind != null, "kind", "health.referral.rule.kindRequired");
        require(proposedOn != null && !proposedOn.isAfter(today), "proposedOn", "health.referral.rule.dateInFuture");
        String where = destination == null || destination.isBlank() ? null : destination.strip();
        require(where == null || where.length() <= DESTINATION_MAX, "destination", "health.referral.rule.destinationTooLong");
        require(kind != ReferralKind.OTHER || where != null, "destination", "health.referral.rule.destinationRequired");
        var referral = new Referral();
        referral.clientId = client.getId();
        referral.kind = kind;
        referral.destination = where;
        referral.status = ReferralStatus.PROPOSED;
        referral.proposedOn = proposedOn;
        referral.statusChangedOn = proposedOn;
        referral.createdBy = createdBy;
        return referral;
    }

    /** @throws RuleViolation for a status that cannot follow, or a date before the last change or in the future */
    public void changeStatus(ReferralStatus next, LocalDate on, LocalDate today) {
        require(next != null && status.next().contains(next), "status", "health.referral.rule.statusNotAllowed");
        require(on != null && !on.isAfter(today) && !on.isBefore(statusChangedOn), "statusChangedOn",
                "health.referral.rule.statusDate");
        status = next;
        statusChangedOn = on;
    }

    /**
     * Records the Blue Card procedure's steps: the form, its sending to the interdisciplinary team (not
     * before the form), and the team's case reference (only once sent).
     */
    public void recordBlueCard(LocalDate formCompleted, LocalDate sentToTeam, String caseReference, LocalDate today) {
        require(kind == ReferralKind.BLUE_CARD, "formCompletedOn", "health.referral.rule.notBlueCard");
        String reference = caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
        require(formCompleted == null || !formCompleted.isAfter(today), "formCompletedOn", "health.referral.rule.dateInFuture");
        require(sentToTeam == null || formCompleted != null, "sentToTeamOn", "health.referral.rule.formFirst");
        require(sentToTeam == null || (!sentToTeam.isBefore(formCompleted) && !sentToTeam.isAfter(today)), "sentToTeamOn",
                "health.referral.rule.sentBeforeForm");
        require(reference == null || sentToTeam != null, "teamCaseReference", "health.referral.rule.referenceAfterSending");
        require(reference == null || reference.length() <= CASE_REFERENCE_MAX, "teamCaseReference",
                "health.referral.rule.referenceTooLong");
        formCompletedOn = formCompleted;
        sentToTeamOn = sentToTeam;
        teamCaseReference = reference;
    }

    /** The retention run: the team's case reference (it points to a person's case) goes; the rest stays for statistics. */
    public void anonymise() {
        teamCaseReference = null;
    }


    @Override
    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public ReferralKind getKind() {
        return kind;
    }

    public Optional<String> getDestination() {
        return Optional.ofNullable(destination);
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public Optional<LocalDate> getFormCompletedOn() {
        return Optional.ofNullable(formCompletedOn);
    }

    public Optional<LocalDate> getSentToTeamOn() {
        return Optional.ofNullable(sentToTeamOn);
    }

    public Optional<String> getTeamCaseReference() {
        return Optional.ofNullable(teamCaseReference);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("clientId", clientId);
        state.put("kind", kind);
        state.put("destination", destination);
        state.put("status", status);
        state.put("proposedOn", proposedOn);
        state.put("statusChangedOn", statusChangedOn);
        state.put("formCompletedOn", formCompletedOn);
        state.put("sentToTeamOn", sentToTeamOn);
        state.put("teamCaseReferenceGiven", teamCaseReference != null);
        state.put("createdBy", createdBy);
        return state;
    }
}
