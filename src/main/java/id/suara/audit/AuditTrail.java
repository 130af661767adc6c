package id.suara.audit;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log as its readers use it: an auditor searches, exports and verifies the log of their own institution, a
 * system administrator that of every institution; nobody else reads it. Every search and export is itself recorded
 * ({@code audit.searched}, {@code audit.exported}), as is every verification through the API ({@code audit.verified}).
 */
@Service
public class AuditTrail {

    static final int MAX_PAGE_SIZE = 200;

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final AuditLog log;
    private final Institutions institutions;
    private final Clock clock;
    private final AuditSettings settings;
    private final TransactionTemplate readOnly;
    private final Validator validator;

    AuditTrail(
            AuditLog log,
            Institutions institutions,
            Clock clock,
            AuditSettings settings,
            PlatformTransactionManager transactions,
            Validator validator) {
        this.log = log;
        this.institutions = institutions;
        this.clock = clock;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.validator = validator;
    }

    /** One page of the entries the reader may see that match the query, newest first. */
    @Transactional
    public AuditPage search(AuditQuery query, int page, int size, StaffMember reader) {
        var institutionId = scope(query.institution(), reader);
        if (page < 0) {
            throw InvalidInputException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        var filter = filter(query, institutionId);
        var result = log.search(filter, page, size);
        var details = describe(filter);
        details.put("page", page);
        details.put("size", size);
        details.put("totalItems", result.totalItems());
        log.record(readerEvent("audit.searched", institutionId, reader, details));
        return result;
    }

    /**
     * Authorises and records an export of the entries the reader may see that match the query, newest first, at most
     * {@code suara.audit.export-max-rows}. The record is committed before anything is written, so an interrupted
     * download is on the log too.
     */
    public AuditExport export(AuditQuery query, StaffMember reader) {
        var institutionId = scope(query.institution(), reader);
        var filter = filter(query, institutionId);
        var details = describe(filter);
        details.put("maxRows", settings.exportMaxRows());
        log.record(readerEvent("audit.exported", institutionId, reader, details));
        var date = LocalDate.ofInstant(clock.instant(), zone(institutionId));
        return new AuditExport(
                "audit-" + date + ".csv",
                sink -> readOnly.execute(status -> log.stream(filter, settings.exportMaxRows(), sink)));
    }

    /** Checks the whole chain; for auditors and system administrators. */
    public AuditVerification verify(StaffMember reader) {
        if (!reader.readsAuditLog()) {
            throw new ForbiddenException("Only auditors and system administrators verify the audit log");
        }
        var result = log.verify();
        var details = new LinkedHashMap<String, Object>();
        details.put("intact", result.intact());
        details.put("entriesChecked", result.entriesChecked());
        details.put("problems", result.problems().size());
        log.record(readerEvent("audit.verified", reader.institutionId(), reader, details));
        return result;
    }

    /** The institution whose entries the reader gets: any or the one asked for (system administrators), or their own. */
    private static UUID scope(UUID requested, StaffMember reader) {
        if (reader.holds(Role.SYSTEM_ADMIN)) {
            return requested;
        }
        if (reader.readsAuditLog()) {
            if (requested != null && !requested.equals(reader.institutionId())) {
                throw new ForbiddenException("Auditors read only their own institution's audit log");
            }
            return reader.institutionId();
        }
        throw new ForbiddenException("Only auditors and system administrators read the audit log");
    }

    private AuditFilter filter(AuditQuery query, UUID institutionId) {
        var violations = validator.validate(query);
        if (!violations.isEmpty()) {
            throw InvalidInputException.invalid(violations.stream()
                    .map(v -> new InvalidInputException.FieldError(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                    .toList());
        }
        var zone = zone(institutionId);
        var from = bound("from", query.from(), zone, false);
        var to = bound("to", query.to(), zone, true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInputException.invalid("to", "must be after from");
        }
        return new AuditFilter(
                institutionId,
                text(query.actor()),
                text(query.action()),
                text(query.subjectType()),
                text(query.subjectId()),
                from,
                to);
    }

    /**
     * The time zone a reader's query is in: the dates of {@code from} and {@code to} are whole days there, and entries are
     * shown in it. The institution's zone, UTC when reading across institutions.
     */
    public ZoneId zone(AuditQuery query, StaffMember reader) {
        return zone(scope(query.institution(), reader));
    }

    private ZoneId zone(UUID institutionId) {
        return institutionId == null
                ? UTC
                : institutions.findById(institutionId).map(Institution::zone).orElse(UTC);
    }

    /** An instant as given, or the start of a date's day ({@code end}: of the day after) in the zone. */
    static Instant bound(String field, String value, ZoneId zone, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // an unencoded + in a query string arrives as a space; ISO text never holds one
        var text = value.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // try a date
        }
        try {
            var date = LocalDate.parse(text);
            return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            throw InvalidInputException.invalid(
                    field, "must be an instant such as 2026-11-23T08:00:00Z or a date such as 2026-11-23");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, Object> describe(AuditFilter filter) {
        var details = new LinkedHashMap<String, Object>();
        put(details, "institution", filter.institutionId());
        put(details, "actor", filter.actorName());
        put(details, "action", filter.action());
        put(details, "subjectType", filter.subjectType());
        put(details, "subjectId", filter.subjectId());
        put(details, "from", filter.from());
        put(details, "to", filter.to());
        return details;
    }

    private static void put(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }

    private static AuditEvent readerEvent(
            String action, UUID institutionId, StaffMember reader, Map<String, Object> details) {
        return new AuditEvent(action, institutionId, reader.id(), reader.username(), "audit-log", null, details);
    }
}
