package id.suara.audit;

import id.suara.staff.OrganisationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change to how institutions are organised under its own action ({@code institution.added},
 * {@code unit.added}), in the transaction that made the change: both commit, or neither.
 */
@Component
class OrganisationAuditing {

    private final AuditLog log;

    OrganisationAuditing(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(OrganisationChanged change) {
        log.record(new AuditEvent(
                change.action(),
                change.institutionId(),
                change.actorId(),
                change.actorName(),
                change.subjectType(),
                change.subjectId().toString(),
                change.details()));
    }
}
