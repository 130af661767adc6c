package id.suara.casework;

import id.suara.shared.NotFoundException;
import id.suara.sop.SopDefinition;
import id.suara.sop.StepDefinition;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.StaffMember;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What reading, listing and changing cases share: finding a case the viewer may see, and the steps and transition
 * conditions of its SOP.
 */
@Component
class CaseLookup {

    private final CaseStore store;

    CaseLookup(CaseStore store) {
        this.store = store;
    }

    /**
     * The case, if the viewer reads it ({@link Readership}); otherwise refused exactly as a case that does not exist.
     * Opening, acting, noting, checking and downloading all find their case here.
     */
    CaseFile visible(UUID caseId, StaffMember viewer) {
        return store.findReadable(caseId, Readership.of(viewer))
                .orElseThrow(() -> new NotFoundException("Case " + caseId + " not found"));
    }

    static boolean conditionHolds(TransitionDefinition transition, RequirementCheckResult check) {
        return switch (transition.condition()) {
            case ALWAYS -> true;
            case REQUIREMENTS_MET -> check != null && check.met();
            case REQUIREMENTS_NOT_MET -> check != null && !check.met();
        };
    }

    static StepDefinition step(SopDefinition definition, String code) {
        return definition
                .step(code)
                .orElseThrow(() -> new IllegalStateException("SOP " + definition.code() + " has no step " + code));
    }
}
