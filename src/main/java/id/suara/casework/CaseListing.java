package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.institution.Role;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of cases for staff: all the cases they may see, and their inbox of cases waiting at a step they work on. */
@Service
public class CaseListing {

    private final CaseStore store;
    private final SopVersions sops;
    private final Clock clock;

    CaseListing(CaseStore store, SopVersions sops, Clock clock) {
        this.store = store;
        this.sops = sops;
        this.clock = clock;
    }

    /**
     * Cases the viewer may read ({@link Readership}: an organ member or liaison officer only those that are or were
     * assigned to their unit), filtered, newest first; the total counts only those.
     */
    @Transactional(readOnly = true)
    public CasePage<CaseSummary> list(CaseFilter filter, int page, int size, StaffMember viewer) {
        if (page < 0) {
            throw InvalidInputException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw InvalidInputException.invalid("size", "must be between 1 and 100");
        }
        var effective = filter;
        if (!viewer.holds(Role.SYSTEM_ADMIN)) {
            if (filter.institutionId() != null && !filter.institutionId().equals(viewer.institutionId())) {
                throw new ForbiddenException("You may list only your own institution's cases");
            }
            effective = new CaseFilter(
                    viewer.institutionId(),
                    filter.kind(),
                    filter.channel(),
                    filter.status(),
                    filter.step(),
                    filter.assignedUnitId(),
                    filter.overdue(),
                    filter.text());
        }
        var now = clock.instant();
        return store.list(effective, Readership.of(viewer), now, page, size)
                .map(c -> summary(c, sops.definition(c.sopVersionId()), now));
    }

    /**
     * The open cases of the viewer's institution waiting at a step the viewer works on (a role of the step held by
     * them; a unit-bound role only for cases assigned to their unit), filtered, overdue first and then by due time.
     */
    @Transactional(readOnly = true)
    public CasePage<CaseSummary> waitingFor(CaseFilter filter, int page, int size, StaffMember viewer) {
        if (page < 0 || size < 1 || size > 100) {
            throw InvalidInputException.invalid("page", "must be 0 or more, with 1 to 100 items");
        }
        var empty = new CasePage<CaseSummary>(List.of(), page, size, 0);
        if (viewer.institutionId() == null) {
            return empty;
        }
        var steps = new ArrayList<CaseStore.WaitingStep>();
        for (var sop : sops.ofInstitution(viewer.institutionId())) {
            for (var step : sop.definition().steps()) {
                if (step.terminal()) {
                    continue;
                }
                for (var grant : viewer.grants()) {
                    if (!step.roles().contains(grant.role())) {
                        continue;
                    }
                    if (!grant.role().boundToUnit()) {
                        steps.removeIf(s ->
                                s.sopVersionId().equals(sop.id()) && s.step().equals(step.code()));
                        steps.add(new CaseStore.WaitingStep(sop.id(), step.code(), null));
                        break;
                    } else if (grant.unitId() != null) {
                        steps.add(new CaseStore.WaitingStep(sop.id(), step.code(), grant.unitId()));
                    }
                }
            }
        }
        var effective = new CaseFilter(
                viewer.institutionId(),
                filter.kind(),
                filter.channel(),
                filter.status(),
                null,
                null,
                filter.overdue(),
                filter.text());
        var now = clock.instant();
        return store.waiting(effective, steps, Readership.of(viewer), now, page, size)
                .map(c -> summary(c, sops.definition(c.sopVersionId()), now));
    }

    /** Whether the viewer reads only the cases that are or were assigned to their unit ({@link Readership}). */
    public boolean readsOnlyTheirUnits(StaffMember viewer) {
        return Readership.of(viewer).units() != null;
    }

    private CaseSummary summary(CaseFile c, SopDefinition definition, Instant now) {
        return new CaseSummary(
                c.id(),
                c.institutionId(),
                c.registrationNumber(),
                c.trackingNumber(),
                c.kind(),
                c.channel(),
                c.title(),
                c.status(),
                c.currentStep(),
                step(definition, c.currentStep()).name(),
                c.stepDueAt(),
                c.overdue(now),
                c.assignedUnitId(),
                c.registeredAt(),
                c.version());
    }
}
