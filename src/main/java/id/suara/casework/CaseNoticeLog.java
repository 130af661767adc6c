package id.suara.casework;

import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.notification.NoticeLog;
import id.suara.staff.StaffMember;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log of a case's notices (ADR 0035), for staff who may read the case. */
@Service
public class CaseNoticeLog {

    private final CaseLookup lookup;
    private final NoticeLog log;
    private final Submissions submissions;

    CaseNoticeLog(CaseLookup lookup, NoticeLog log, Submissions submissions) {
        this.lookup = lookup;
        this.log = log;
        this.submissions = submissions;
    }

    /**
     * Every mail and gateway webhook about the case, oldest first, recipients masked; for a confidential case, a reader
     * who may not see the complainant's identity sees no trace of the complainant's address or number at all.
     */
    @Transactional(readOnly = true)
    public List<NoticeLog.Entry> forCase(UUID caseId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var entries = log.forCase(c.id());
        boolean withheld = !IdentityHandlers.handles(reader, c.institutionId())
                && submissions
                        .details(c.id())
                        .map(SubmissionDetails::confidential)
                        .orElse(false);
        if (!withheld) {
            return entries;
        }
        return entries.stream()
                .map(e -> e.milestone().equals("STAFF")
                        ? e
                        : new NoticeLog.Entry(
                                e.id(),
                                e.channel(),
                                e.milestone(),
                                "***",
                                e.subject(),
                                e.status(),
                                e.attempts(),
                                e.lastError(),
                                e.queuedAt(),
                                e.lastAttemptAt(),
                                e.sentAt()))
                .toList();
    }
}
