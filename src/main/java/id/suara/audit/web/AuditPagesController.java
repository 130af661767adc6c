package id.suara.audit.web;

import id.suara.audit.AuditPage;
import id.suara.audit.AuditQuery;
import id.suara.audit.AuditTrail;
import id.suara.audit.AuditVerification;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page, for auditors (their institution's log) and the system administrator (every institution's, or one's):
 * the log searched by actor, action, subject and dates, newest first, a CSV export of the same search, and a check of
 * the whole chain. The rules are the API's ({@link AuditTrail}: who reads what, the limits, the dates as whole days in
 * the institution's zone), and each search, export and check is itself on the log. A refused filter is answered with
 * 422 and the page, its errors at the fields and in a summary.
 */
@Controller
@OfficePage
class AuditPagesController {

    static final String PAGE = "/kantor/audit";
    static final int PAGE_SIZE = 50;

    /** The filter's fields, in the order the page shows them. */
    static final List<String> FIELDS =
            List.of("institution", "actor", "action", "subjectType", "subjectId", "from", "to");

    private final AuditTrail trail;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    AuditPagesController(AuditTrail trail, Institutions institutions, CurrentStaff currentStaff) {
        this.trail = trail;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PAGE)
    String search(
            @Valid @ModelAttribute("query") AuditQuery query,
            BindingResult form,
            @RequestParam(defaultValue = "0") int page,
            HttpServletResponse response,
            Model model) {
        var reader = reader();
        return page(query, form, Math.max(page, 0), null, reader, response, model);
    }

    @GetMapping(PAGE + "/ekspor")
    String export(
            @Valid @ModelAttribute("query") AuditQuery query,
            BindingResult form,
            HttpServletResponse response,
            Model model)
            throws IOException {
        var reader = reader();
        if (!form.hasErrors()) {
            try {
                var export = trail.export(query, reader);
                AuditDownloads.write(export, response);
                return null;
            } catch (InvalidInputException e) {
                refuse(form, e);
            }
        }
        return page(query, form, 0, null, reader, response, model);
    }

    @PostMapping(PAGE + "/verifikasi")
    String verify(
            @Valid @ModelAttribute("query") AuditQuery query,
            BindingResult form,
            HttpServletResponse response,
            Model model) {
        var reader = reader();
        return page(query, form, 0, trail.verify(reader), reader, response, model);
    }

    private StaffMember reader() {
        var staff = currentStaff.get();
        if (!staff.readsAuditLog()) {
            throw new ForbiddenException("Only auditors and system administrators read the audit log");
        }
        return staff;
    }

    /** The page: the search's results unless the filter was refused (422, with the errors at their fields). */
    private String page(
            AuditQuery query,
            BindingResult form,
            int page,
            AuditVerification verification,
            StaffMember reader,
            HttpServletResponse response,
            Model model) {
        var asked = asTyped(query, form);
        AuditPage found = null;
        if (!form.hasErrors()) {
            try {
                found = trail.search(asked, page, PAGE_SIZE, reader);
            } catch (InvalidInputException e) {
                refuse(form, e);
            }
        }
        var errors = new LinkedHashMap<String, String>();
        for (var field : FIELDS) {
            if (form.hasFieldErrors(field)) {
                errors.put(field, "web.audit.error." + field);
            }
        }
        if (found == null) {
            response.setStatus(422);
        }
        var everyInstitution = reader.holds(Role.SYSTEM_ADMIN);
        var shown = form.hasFieldErrors("institution") ? withoutInstitution(asked) : asked;
        model.addAttribute("query", shown);
        model.addAttribute("staff", reader);
        model.addAttribute("errors", errors);
        model.addAttribute("found", found);
        model.addAttribute("verification", verification);
        model.addAttribute("zone", trail.zone(shown, reader));
        model.addAttribute("everyInstitution", everyInstitution);
        model.addAttribute("institutions", everyInstitution ? institutions.all() : List.<Institution>of());
        model.addAttribute(
                "institutionCodes",
                everyInstitution
                        ? institutions.all().stream().collect(Collectors.toMap(Institution::id, Institution::code))
                        : Map.<UUID, String>of());
        model.addAttribute("filter", filterQuery(shown));
        return "audit/audit";
    }

    /** The refusal of the domain's own checks (dates, from before to), at the fields it names. */
    private static void refuse(BindingResult form, InvalidInputException refusal) {
        for (var error : refusal.errors()) {
            if (FIELDS.contains(error.field())) {
                form.rejectValue(error.field(), "invalid", error.message());
            } else {
                form.reject("invalid", error.message());
            }
        }
    }

    /**
     * The query as typed: when a value could not be converted (an institution that is no id) there is no query, only
     * the values in the binding result.
     */
    private static AuditQuery asTyped(AuditQuery query, BindingResult form) {
        if (query != null) {
            return query;
        }
        return new AuditQuery(
                null,
                typed(form, "actor"),
                typed(form, "action"),
                typed(form, "subjectType"),
                typed(form, "subjectId"),
                typed(form, "from"),
                typed(form, "to"));
    }

    private static String typed(BindingResult form, String field) {
        var value = form.getFieldValue(field);
        return value == null ? null : value.toString();
    }

    private static AuditQuery withoutInstitution(AuditQuery q) {
        return new AuditQuery(null, q.actor(), q.action(), q.subjectType(), q.subjectId(), q.from(), q.to());
    }

    /** The search as a query string, for the pages' links and the export; empty when nothing is filtered. */
    static String filterQuery(AuditQuery query) {
        var values = new LinkedHashMap<String, Object>();
        values.put("institution", query.institution());
        values.put("actor", query.actor());
        values.put("action", query.action());
        values.put("subjectType", query.subjectType());
        values.put("subjectId", query.subjectId());
        values.put("from", query.from());
        values.put("to", query.to());
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
