package id.suara.casework;

import id.suara.institution.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A review memo (telaah / analisis) of a case as its reader may see it: written by a division, every edit a new version
 * with the old ones kept, each version perhaps forwarded through the Secretary (003 IV.B.1.c.7–8).
 *
 * @param versions oldest first
 */
public record ReviewMemo(UUID id, UUID caseId, Instant createdAt, String createdByName, List<Version> versions) {

    public ReviewMemo {
        versions = List.copyOf(versions);
    }

    /**
     * One version as written.
     *
     * @param subject what it is about (hal)
     * @param analysis the analysis itself
     * @param recommendation what it proposes (saran), if anything
     * @param addressedUnitId the unit it is addressed to through the Secretary, e.g. the leadership or a commission
     * @param forward the Secretary's mark that it was forwarded, null while it is not
     */
    public record Version(
            int version,
            String subject,
            String analysis,
            String recommendation,
            UUID addressedUnitId,
            String addressedUnitName,
            Instant writtenAt,
            String writtenByName,
            Role writtenByRole,
            Forward forward) {}

    /** Forwarded through the Secretary: by whom, in which role, when, with what note. */
    public record Forward(Instant at, String byName, Role byRole, String note) {}

    /** The newest version. */
    public Version latest() {
        return versions.getLast();
    }

    /** Without the texts, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "ReviewMemo[id=" + id + ", caseId=" + caseId + ", versions=" + versions.size() + "]";
    }
}
