package id.suara.casework;

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

    CaseNoticeLog(CaseLookup lookup, NoticeLog log) {
        this.lookup = lookup;
        this.log = log;
    }

    /** Every mail and gateway webhook about the case, oldest first, recipients masked. */
    @Transactional(readOnly = true)
    public List<NoticeLog.Entry> forCase(UUID caseId, StaffMember reader) {
        return log.forCase(lookup.visible(caseId, reader).id());
    }
}
