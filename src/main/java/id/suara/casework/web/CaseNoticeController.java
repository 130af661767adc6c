package id.suara.casework.web;

import id.suara.casework.CaseNoticeLog;
import id.suara.notification.NoticeLog;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of a case's notices (ADR 0035). */
@RestController
@Tag(name = "Cases", description = "Handling cases along their SOP (staff)")
@SecurityRequirement(name = "basic")
class CaseNoticeController {

    private final CaseNoticeLog log;
    private final CurrentStaff currentStaff;

    CaseNoticeController(CaseNoticeLog log, CurrentStaff currentStaff) {
        this.log = log;
        this.currentStaff = currentStaff;
    }

    record Notices(List<NoticeLog.Entry> notices) {}

    @GetMapping("/api/v1/cases/{id}/notices")
    @Operation(
            summary = "Every notice about the case (mail and SMS/WhatsApp webhook) as it went: channel, milestone,"
                    + " masked recipient, status, attempts, last error, times")
    Notices notices(@PathVariable UUID id) {
        return new Notices(log.forCase(id, currentStaff.get()));
    }
}
