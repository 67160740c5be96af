package pl.citycare.healthsupport.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.platform.security.administration.application.StaffDirectory;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;
import pl.citycare.platform.security.domain.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Centra Pierwszej Pomocy Psychologicznej: the coordinator keeps each centre's details (what residents
 * are told) and decides which centre psychologists work there. A centre psychologist sees clients and
 * notes of their own centres only, so the staffing decides what they see.
 */
@Stateless
@RolesAllowed({Role.Names.HEALTH_COORDINATOR, Role.Names.ADMIN})
public class Centres {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    /** One centre as the coordinator's pages show it. */
    public record CentreDetails(String code, String name, String address, District district, String phone,
                                String openingHours, boolean active, Set<String> psychologists, long version) {

        static CentreDetails of(Centre c) {
            return new CentreDetails(c.getCode(), c.getName(), c.getAddress(), c.getDistrict(), c.getPhone(),
                    c.getOpeningHours(), c.isActive(), c.getPsychologists(), c.getVersion());
        }
    }

    /** Every centre, open or closed, by code. */
    public List<CentreDetails> centres() {
        return em.createQuery("SELECT c FROM Centre c ORDER BY c.code", Centre.class).getResultStream()
                .map(CentreDetails::of).toList();
    }

    public Optional<CentreDetails> centre(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Centre.class, code)).map(CentreDetails::of);
    }

    /** The people who may be assigned: everyone who holds the centre psychologist role. */
    public List<StaffMember> psychologists() {
        return staff.withRole(Role.CENTRE_PSYCHOLOGIST);
    }

    /**
     * Changes the centre's details as the coordinator last saw them.
     *
     * @throws CentreRuleViolation     for an unknown centre
     * @throws OptimisticLockException when the centre changed since {@code expected.version()}
     */
    public CentreDetails describe(@Valid CentreDescription description, long expectedVersion) {
        Centre centre = current(description.code(), expectedVersion);
        centre.describe(description.name(), description.address(), description.district(), description.phone(),
                description.openingHours());
        centre.setActive(description.active());
        em.flush(); // the new version for the page, and a conflict now rather than at the commit
        return CentreDetails.of(centre);
    }

    /**
     * Sets the centre's psychologists as the coordinator last saw the centre.
     *
     * @throws CentreRuleViolation     for an unknown centre or someone who is not a centre psychologist
     * @throws OptimisticLockException when the centre changed since {@code expectedVersion}
     */
    public void assign(String centreCode, long expectedVersion, Set<String> usernames) {
        Centre centre = current(centreCode, expectedVersion);
        Set<String> eligible = psychologists().stream().map(StaffMember::username).collect(Collectors.toSet());
        if (!eligible.containsAll(usernames)) {
            throw new CentreRuleViolation("health.staffing.rule.notAPsychologist");
        }
        centre.assignPsychologists(usernames);
        // A change of the psychologists alone touches only hs_centre_psychologist: bump the version so
        // that the centre row is written and the audit listener records the change.
        em.lock(centre, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private Centre current(String code, long expectedVersion) {
        Centre centre = code == null ? null : em.find(Centre.class, code);
        if (centre == null) {
            throw new CentreRuleViolation("health.staffing.rule.unknownCentre");
        }
        if (centre.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Centre " + code + " changed since it was read");
        }
        return centre;
    }
}
