package id.suara.audit.web;

import id.suara.audit.AuditEntry;
import id.suara.audit.AuditPage;
import id.suara.audit.AuditQuery;
import id.suara.audit.AuditTrail;
import id.suara.audit.AuditVerification;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** The audit log for auditors (their own institution) and system administrators: search, CSV export, verification. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit log (auditors, system administrators)")
@SecurityRequirement(name = "basic")
class AuditController {

    private final AuditTrail trail;
    private final CurrentStaff currentStaff;
    private final JsonMapper json;

    AuditController(AuditTrail trail, CurrentStaff currentStaff, JsonMapper json) {
        this.trail = trail;
        this.currentStaff = currentStaff;
        this.json = json;
    }

    /** An entry as shown to readers; {@code details} as a JSON object. */
    record EntryView(
            long seq,
            Instant occurredAt,
            UUID institutionId,
            UUID actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            JsonNode details,
            String clientAddress,
            String previousHash,
            String hash) {}

    record EntryPage(List<EntryView> items, int page, int size, long totalItems, long totalPages) {}

    record VerificationView(
            boolean intact,
            long entriesChecked,
            long lastSeq,
            String lastHash,
            List<AuditVerification.Problem> problems) {}

    @GetMapping
    @Operation(
            summary = "Search the audit log, newest first; filters combine",
            description = "from/to: ISO instants, or dates (whole days in the institution's zone). action ending in *"
                    + " matches by prefix, e.g. login.*. Auditors see only their own institution.")
    EntryPage search(
            @ParameterObject AuditQuery query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditPage result = trail.search(query, page, size, currentStaff.get());
        return new EntryPage(
                result.items().stream().map(this::view).toList(),
                result.page(),
                result.size(),
                result.totalItems(),
                result.totalPages());
    }

    @GetMapping("/export")
    @Operation(summary = "Download the entries matching the same filters as CSV (UTF-8), newest first")
    void export(@ParameterObject AuditQuery query, HttpServletResponse response) throws IOException {
        AuditDownloads.write(trail.export(query, currentStaff.get()), response);
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the whole hash chain: which entries were altered or removed")
    VerificationView verification() {
        var result = trail.verify(currentStaff.get());
        return new VerificationView(
                result.intact(), result.entriesChecked(), result.lastSeq(), result.lastHash(), result.problems());
    }

    private EntryView view(AuditEntry e) {
        return new EntryView(
                e.seq(),
                e.occurredAt(),
                e.institutionId(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                details(e.details()),
                e.clientAddress(),
                e.previousHash(),
                e.hash());
    }

    /** The stored details; text that is no longer JSON (a tampered entry) is shown as it is. */
    private JsonNode details(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return StringNode.valueOf(text);
        }
    }
}
