package pl.citycare.healthsupport.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.platform.security.administration.application.StaffDirectory;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;
import pl.citycare.platform.security.domain.Role;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Obsada centrów: which centre psychologists work at which First Psychological Aid Centre. A centre
 * psychologist sees clients and notes of their own centres only, so this list decides what they see.
 */
@Stateless
@RolesAllowed({Role.Names.HEALTH_COORDINATOR, Role.Names.ADMIN})
public class CentreStaffing {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    /** One centre as the staffing page shows it. */
    public record CentreStaff(String code, String name, String district, boolean active, Set<String> psychologists,
                              long version) {
    }

    /** Every centre, active or not, by code. */
    public List<CentreStaff> centres() {
        return em.createQuery("SELECT c FROM Centre c ORDER BY c.code", Centre.class).getResultStream()
                .map(c -> new CentreStaff(c.getCode(), c.getName(), c.getDistrict(), c.isActive(),
                        c.getPsychologists(), c.getVersion()))
                .toList();
    }

    /** The people who may be assigned: everyone who holds the centre psychologist role. */
    public List<StaffMember> psychologists() {
        return staff.withRole(Role.CENTRE_PSYCHOLOGIST);
    }

    /**
     * Sets the centre's psychologists as the coordinator last saw the centre.
     *
     * @throws StaffingRuleViolation   for an unknown centre or someone who is not a centre psychologist
     * @throws OptimisticLockException when the centre changed since {@code expectedVersion}
     */
    public void assign(String centreCode, long expectedVersion, Set<String> usernames) {
        Centre centre = em.find(Centre.class, centreCode);
        if (centre == null) {
            throw new StaffingRuleViolation("health.staffing.rule.unknownCentre");
        }
        if (centre.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Centre " + centreCode + " changed since it was read");
        }
        Set<String> eligible = psychologists().stream().map(StaffMember::username).collect(Collectors.toSet());
        if (!eligible.containsAll(usernames)) {
            throw new StaffingRuleViolation("health.staffing.rule.notAPsychologist");
        }
        centre.assignPsychologists(usernames);
        // A change of the psychologists alone touches only hs_centre_psychologist: bump the version so
        // that the centre row is written and the audit listener records the change.
        em.lock(centre, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
