package id.suara.casework.web;

import id.suara.casework.AudienceLetters;
import id.suara.casework.Audiences;
import id.suara.casework.CaseAudiences;
import id.suara.casework.CaseReading;
import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.institution.Institutions;
import id.suara.intake.Masking;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audience pages (ADR 0026): a council organ's agenda, and a case's audience page, where the gate records the
 * delegation's arrival and members, Humas what was said, the leadership another number of members, and the organ's
 * staff that the organ discussed the case. A refused form comes back (422) with each problem at its field in the reader's
 * language; a change made meanwhile by someone else is reported as such (409).
 */
@Controller
@OfficePage
class AudiencePagesController {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    /** How many member rows the arrival form offers at most; a larger delegation is recorded through the API. */
    static final int MAX_ROWS = 20;

    private final Audiences audiences;
    private final AudienceLetters audienceLetters;
    private final Signatories signatories;
    private final CaseReading caseReading;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;
    private final Clock clock;

    AudiencePagesController(
            Audiences audiences,
            AudienceLetters audienceLetters,
            Signatories signatories,
            CaseReading caseReading,
            Institutions institutions,
            CurrentStaff currentStaff,
            MessageSource messages,
            Clock clock) {
        this.audiences = audiences;
        this.audienceLetters = audienceLetters;
        this.signatories = signatories;
        this.caseReading = caseReading;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.messages = messages;
        this.clock = clock;
    }

    /** The arrival form: the time (HH:mm, today), and per row a member's name and optional identity number. */
    record ArrivalForm(String arrivedAt, List<String> names, List<String> identityNumbers) {

        ArrivalForm {
            names = names == null ? List.of() : new ArrayList<>(names);
            identityNumbers = identityNumbers == null ? List.of() : new ArrayList<>(identityNumbers);
        }

        /** The rows filled in, in order; a row with neither a name nor a number is left out. */
        List<Audiences.MemberRequest> members() {
            var members = new ArrayList<Audiences.MemberRequest>();
            for (int i = 0; i < Math.max(names.size(), identityNumbers.size()); i++) {
                var name = i < names.size() ? names.get(i) : null;
                var number = i < identityNumbers.size() ? identityNumbers.get(i) : null;
                if ((name != null && !name.isBlank()) || (number != null && !number.isBlank())) {
                    members.add(new Audiences.MemberRequest(name, number));
                }
            }
            return members;
        }

        public String name(int row) {
            return row < names.size() ? names.get(row) : null;
        }

        public String identityNumber(int row) {
            return row < identityNumbers.size() ? identityNumbers.get(row) : null;
        }

        @Override
        public String toString() {
            return "ArrivalForm[arrivedAt=" + arrivedAt + ", names=" + names.size() + ", identityNumbers="
                    + identityNumbers.stream().map(Masking::mask).toList() + "]";
        }
    }

    /** What was said at the audience, and its outcome. */
    record NotesForm(String notes, String outcome) {

        @Override
        public String toString() {
            return "NotesForm[notes=" + Masking.mask(notes) + ", outcome=" + Masking.mask(outcome) + "]";
        }
    }

    /** Another number of members for the delegation, and why. */
    record LimitForm(String maxMembers, String reason) {}

    /** The day the organ discussed the case, and a short note. */
    record DiscussionForm(String discussedOn, String note) {}

    @InitBinder({"arrivalForm", "notesForm", "limitForm", "discussionForm"})
    void bindFormsThroughTheirConstructors(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    /** The organs whose agendas the staff member reads; straight to the agenda when there is only one. */
    @GetMapping("/kantor/agenda")
    String agendas(Model model) {
        var organs = audiences.organs(currentStaff.get());
        if (organs.size() == 1) {
            return "redirect:/kantor/agenda/" + organs.getFirst().id();
        }
        model.addAttribute("organs", organs);
        return "casework/agendas";
    }

    @GetMapping("/kantor/agenda/{unitId}")
    String agenda(@PathVariable UUID unitId, Model model) {
        var agenda = audiences.agenda(unitId, currentStaff.get());
        model.addAttribute("agenda", agenda);
        model.addAttribute("zone", ZoneId.of(agenda.timeZone()));
        model.addAttribute("others", audiences.organs(currentStaff.get()).size() > 1);
        return "casework/agenda";
    }

    @GetMapping("/kantor/kasus/{id}/audiensi")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        return page(id, new Filled(), locale, model);
    }

    @PostMapping("/kantor/kasus/{id}/audiensi/kedatangan")
    String arrival(
            @PathVariable UUID id,
            ArrivalForm arrivalForm,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.form = "arrival";
        filled.arrival = arrivalForm;
        return attempt(
                id,
                filled,
                "web.audience.done.arrival",
                () -> {
                    var staff = currentStaff.get();
                    var zone = staff.institutionId() == null
                            ? DEFAULT_ZONE
                            : institutions.get(staff.institutionId()).zone();
                    var at = time(arrivalForm.arrivedAt(), filled, locale);
                    var arrivedAt = at == null
                            ? null
                            : clock.instant()
                                    .atZone(zone)
                                    .toLocalDate()
                                    .atTime(at)
                                    .atZone(zone)
                                    .toOffsetDateTime();
                    if (!filled.errors.isEmpty()) {
                        return null;
                    }
                    return audiences.recordArrival(
                            id, new Audiences.ArrivalRequest(arrivedAt, arrivalForm.members()), staff);
                },
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/audiensi/catatan")
    String notes(
            @PathVariable UUID id,
            NotesForm notesForm,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.form = "notes";
        filled.notes = notesForm;
        return attempt(
                id,
                filled,
                "web.audience.done.notes",
                () -> audiences.recordNotes(
                        id, new Audiences.NotesRequest(notesForm.notes(), notesForm.outcome()), currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/audiensi/jumlah")
    String limit(
            @PathVariable UUID id,
            LimitForm limitForm,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.form = "limit";
        filled.limit = limitForm;
        return attempt(
                id,
                filled,
                "web.audience.done.limit",
                () -> {
                    Integer max = null;
                    try {
                        max = limitForm.maxMembers() == null
                                ? null
                                : Integer.valueOf(limitForm.maxMembers().strip());
                    } catch (NumberFormatException e) {
                        // refused below as a missing number
                    }
                    return audiences.setDelegationLimit(
                            id, new Audiences.LimitRequest(max, limitForm.reason()), currentStaff.get());
                },
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/pembahasan")
    String discussion(
            @PathVariable UUID id,
            DiscussionForm discussionForm,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.form = "discussion";
        filled.discussion = discussionForm;
        return attempt(
                id,
                filled,
                "web.audience.done.discussion",
                () -> {
                    LocalDate day = null;
                    try {
                        day = discussionForm.discussedOn() == null
                                ? null
                                : LocalDate.parse(discussionForm.discussedOn().strip());
                    } catch (DateTimeParseException e) {
                        // refused below as a missing date
                    }
                    audiences.recordDiscussion(
                            id, new Audiences.DiscussionRequest(day, discussionForm.note()), currentStaff.get());
                    return null;
                },
                locale,
                model,
                response,
                redirect);
    }

    /**
     * Drafts the letter telling the delegation its audience's schedule (ADR 0026) and opens it, to be initialled, signed
     * and delivered on the letter's page.
     */
    @PostMapping("/kantor/kasus/{id}/audiensi/surat")
    String scheduleLetter(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) UUID signatoryId,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var filled = new Filled();
        filled.form = "letter";
        try {
            var letter = audienceLetters
                    .draft(
                            id,
                            new AudienceLetters.ScheduleLetterRequest(signatoryId, null, null, null, null, null),
                            currentStaff.get())
                    .letter();
            return "redirect:/kantor/kasus/" + id + "/surat/" + letter.id();
        } catch (InvalidInputException e) {
            filled.errors.put("signatoryId", text("web.audience.letter.error.signatory", locale));
            response.setStatus(422);
        } catch (ConflictException e) {
            filled.errors.put("audience", text("web.audience.letter.error.noAudience", locale));
            response.setStatus(409);
        }
        return page(id, filled, locale, model);
    }

    /** The form just posted as it was filled in, and the problems found with it. */
    private static final class Filled {
        String form = "";
        ArrivalForm arrival;
        NotesForm notes;
        LimitForm limit;
        DiscussionForm discussion;
        final Map<String, String> errors = new LinkedHashMap<>();
        boolean conflict;
    }

    /** A problem as the summary lists it: the element to go to and what is wrong. */
    record Problem(String anchor, String message) {}

    private String attempt(
            UUID id,
            Filled filled,
            String done,
            Supplier<Object> change,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.get();
        } catch (InvalidInputException e) {
            var audience = audiences.ofCase(id, currentStaff.get());
            e.errors()
                    .forEach(error ->
                            filled.errors.putIfAbsent(error.field(), message(error.field(), audience, locale)));
        } catch (ConflictException e) {
            filled.conflict = true;
        }
        if (filled.conflict) {
            response.setStatus(409);
        } else if (!filled.errors.isEmpty()) {
            response.setStatus(422);
        } else {
            redirect.addFlashAttribute("message", done);
            return "redirect:/kantor/kasus/" + id + "/audiensi";
        }
        return page(id, filled, locale, model);
    }

    /** The time typed into the arrival form, null when none was; a malformed one is refused at its field. */
    private LocalTime time(String typed, Filled filled, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            filled.errors.put("arrivedAt", text("web.audience.error.time", locale));
            return null;
        }
    }

    private String page(UUID id, Filled filled, Locale locale, Model model) {
        var staff = currentStaff.get();
        var view = caseReading.view(id, staff);
        var audience = audiences.ofCase(id, staff);
        var zone = ZoneId.of(view.timeZone());
        var now = clock.instant().atZone(zone);
        model.addAttribute("c", view);
        model.addAttribute("a", audience);
        model.addAttribute("zone", zone);
        model.addAttribute("rows", Math.min(MAX_ROWS, Math.max(audience.delegationLimit(), 1)));
        model.addAttribute(
                "arrivalForm",
                filled.arrival != null
                        ? filled.arrival
                        : new ArrivalForm(
                                now.toLocalTime()
                                        .truncatedTo(ChronoUnit.MINUTES)
                                        .format(DateTimeFormatter.ofPattern("HH:mm")),
                                List.of(),
                                List.of()));
        model.addAttribute("notesForm", filled.notes != null ? filled.notes : notesStartingFrom(audience));
        model.addAttribute(
                "limitForm",
                filled.limit != null
                        ? filled.limit
                        : new LimitForm(Integer.toString(audience.delegationLimit()), null));
        model.addAttribute(
                "discussionForm",
                filled.discussion != null
                        ? filled.discussion
                        : new DiscussionForm(now.toLocalDate().toString(), null));
        model.addAttribute("errorForm", filled.form);
        model.addAttribute("errors", filled.errors);
        model.addAttribute(
                "problems",
                filled.errors.entrySet().stream()
                        .map(e -> new Problem(anchor(e.getKey()), e.getValue()))
                        .toList());
        model.addAttribute("conflict", filled.conflict);
        model.addAttribute("scheduleLetters", audienceLetters.ofCase(id, staff));
        model.addAttribute("mayDraftScheduleLetter", audienceLetters.mayDraft(id, staff));
        model.addAttribute(
                "signatories",
                signatories.of(view.institutionId()).stream()
                        .filter(Signatory::active)
                        .toList());
        return "casework/audience";
    }

    /** The notes form starts from what was recorded, so recording again corrects it. */
    private static NotesForm notesStartingFrom(CaseAudiences audience) {
        return audience.current()
                .map(a -> new NotesForm(a.notes(), a.outcome()))
                .orElse(new NotesForm(null, null));
    }

    /** The id of the element a refused field is shown at. */
    static String anchor(String field) {
        if (field.startsWith("members[")) {
            var row = field.substring("members[".length(), field.indexOf(']'));
            return (field.endsWith(".identityNumber") ? "member-nik-" : "member-name-") + row;
        }
        return switch (field) {
            case "members" -> "member-name-0";
            case "arrivedAt" -> "arrivedAt";
            case "notes" -> "notes";
            case "outcome" -> "outcome";
            case "maxMembers" -> "maxMembers";
            case "reason" -> "reason";
            case "discussedOn" -> "discussedOn";
            case "note" -> "discussion-note";
            case "signatoryId" -> "schedule-letter-signatory";
            default -> "main";
        };
    }

    /** What the page says about a refused field, in the reader's language. */
    private String message(String field, CaseAudiences audience, Locale locale) {
        if (field.startsWith("members[")) {
            return text(
                    field.endsWith(".identityNumber") ? "web.audience.error.identityNumber" : "web.audience.error.name",
                    locale);
        }
        return switch (field) {
            case "members" ->
                messages.getMessage("web.audience.error.members", new Object[] {audience.delegationLimit()}, locale);
            case "arrivedAt" -> text("web.audience.error.arrivedAt", locale);
            case "notes" -> text("web.audience.error.notes", locale);
            case "outcome" -> text("web.audience.error.outcome", locale);
            case "maxMembers" -> text("web.audience.error.maxMembers", locale);
            case "reason" -> text("web.audience.error.reason", locale);
            case "discussedOn" -> text("web.audience.error.discussedOn", locale);
            case "note" -> text("web.audience.error.note", locale);
            default -> text("web.office.errors.invalid", locale);
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
