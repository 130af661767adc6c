package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.Letter;
import id.suara.documents.Letters;
import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import id.suara.notification.CaseAtStep;
import id.suara.notification.ComplainantNotice;
import id.suara.notification.ComplainantNotices;
import id.suara.notification.Milestone;
import id.suara.notification.OutgoingMail;
import id.suara.notification.StaffNotices;
import id.suara.sop.ActionField;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the public milestones in the history a move appended and queues their notices in the move's transaction (ADR
 * 0035): to the complainant (registered, verified, returned, redirected, archived, forwarded, answered, closed) and to
 * the staff acting at the step the case reached.
 */
@Component
class CaseNotices {

    private final ComplainantNotices complainants;
    private final StaffNotices staff;
    private final Submissions submissions;
    private final Institutions institutions;
    private final CaseStore store;
    private final Letters letters;
    private final Documents documents;
    private final JdbcClient jdbc;

    CaseNotices(
            ComplainantNotices complainants,
            StaffNotices staff,
            Submissions submissions,
            Institutions institutions,
            CaseStore store,
            Letters letters,
            Documents documents,
            JdbcClient jdbc) {
        this.complainants = complainants;
        this.staff = staff;
        this.submissions = submissions;
        this.institutions = institutions;
        this.store = store;
        this.letters = letters;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** A case as it was moved, the history the move appended, and the case before it (none when it was opened). */
    record Moved(
            CaseFile before,
            CaseFile after,
            SopDefinition definition,
            List<HistoryEntry> history,
            String registrationNumber) {

        Moved(CaseFile before, CaseFile after, SopDefinition definition, List<HistoryEntry> history) {
            this(before, after, definition, history, after.registrationNumber());
        }
    }

    /** Cases opened by a registration (their histories start at 1). */
    void opened(List<Moved> cases) {
        var contacts =
                submissions.contacts(cases.stream().map(m -> m.after().id()).toList());
        var reached = new ArrayList<StaffNotices.Reached>();
        for (var moved : cases) {
            notify(moved, 1, contacts.get(moved.after().id()));
            reached(moved, 1).ifPresent(reached::add);
        }
        staff.casesReachedSteps(reached);
    }

    /** A case moved by an action: its new history entries are the last of its history. */
    void moved(Moved moved) {
        if (moved.history().stream()
                .allMatch(e -> e.fromStep() != null && e.fromStep().equals(e.toStep()))) {
            return;
        }
        int last = jdbc.sql("select coalesce(max(seq), 0) from case_event where case_id = ?")
                .param(moved.after().id())
                .query(Integer.class)
                .single();
        var contact = submissions
                .contacts(List.of(moved.after().id()))
                .get(moved.after().id());
        notify(moved, last - moved.history().size() + 1, contact);
    }

    private void notify(Moved moved, int firstSeq, Submissions.Contact contact) {
        var c = moved.after();
        var definition = moved.definition();
        var institution = institutions.get(c.institutionId());
        for (int i = 0; i < moved.history().size(); i++) {
            var entry = moved.history().get(i);
            int seq = firstSeq + i;
            var milestones = milestones(definition, entry);
            if (contact != null) {
                var language = contact.language();
                for (var milestone : milestones) {
                    var values = new HashMap<String, String>();
                    values.put("trackingNumber", c.trackingNumber());
                    values.put("registrationNumber", moved.registrationNumber());
                    values.put("title", c.title());
                    values.put("institution", institution.name());
                    values.put("reason", entry.note() == null ? "—" : entry.note());
                    values.put("answer", c.publicAnswer() == null ? "" : c.publicAnswer());
                    values.put("unit", unitName(c.assignedUnitId(), language));
                    var attachments = new ArrayList<OutgoingMail.Attachment>();
                    if (milestone == Milestone.RETURNED) {
                        values.put("missing", missing(moved.before(), entry, language));
                    }
                    if (milestone == Milestone.ANSWERED) {
                        responseLetter(c.id()).ifPresent(attachments::add);
                    }
                    complainants.send(new ComplainantNotice(
                            c.institutionId(),
                            institution.code(),
                            c.id(),
                            seq,
                            milestone,
                            language,
                            contact.email(),
                            contact.phone(),
                            c.trackingNumber(),
                            values,
                            attachments,
                            entry.occurredAt()));
                }
            }
        }
    }

    /** The step the case reached, for its officers, when the move reached a new step or unit. */
    private java.util.Optional<StaffNotices.Reached> reached(Moved moved, int firstSeq) {
        var c = moved.after();
        var reached = step(moved.definition(), c.currentStep());
        boolean newStep = moved.before() == null
                || !moved.before().currentStep().equals(c.currentStep())
                || !java.util.Objects.equals(moved.before().assignedUnitId(), c.assignedUnitId());
        if (reached.terminal() || reached.roles().isEmpty() || !newStep) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StaffNotices.Reached(
                new CaseAtStep(
                        c.institutionId(),
                        c.id(),
                        moved.registrationNumber(),
                        reached.name().id(),
                        Set.copyOf(reached.roles()),
                        c.assignedUnitId(),
                        c.stepDueAt()),
                firstSeq + moved.history().size() - 1));
    }

    /** The milestones one history entry reaches: by the status it moves into, and forwarding to a unit. */
    static List<Milestone> milestones(SopDefinition definition, HistoryEntry entry) {
        var out = new LinkedHashSet<Milestone>();
        if (HistoryEntry.SUBMITTED.equals(entry.action())) {
            out.add(Milestone.REGISTERED);
            return List.copyOf(out);
        }
        if (entry.fromStep() == null
                || entry.toStep() == null
                || entry.fromStep().equals(entry.toStep())) {
            return List.of();
        }
        var from = step(definition, entry.fromStep()).status();
        var to = step(definition, entry.toStep()).status();
        if (from == CaseStatus.REGISTERED && to == CaseStatus.IN_PROGRESS) {
            out.add(Milestone.VERIFIED);
        }
        if (from != to) {
            switch (to) {
                case RETURNED -> out.add(Milestone.RETURNED);
                case REDIRECTED -> out.add(Milestone.REDIRECTED);
                case ARCHIVED -> out.add(Milestone.ARCHIVED);
                case ANSWERED -> out.add(Milestone.ANSWERED);
                case COMPLETED -> out.add(Milestone.CLOSED);
                default -> {}
            }
        }
        boolean forwards = definition.transitionsFrom(entry.fromStep()).stream()
                .filter(t -> t.action().equals(entry.action()) && t.to().equals(entry.toStep()))
                // assigned to a unit, organ or office, or forwarded to an official outside the secretariat; passing
                // the case on between the secretariat's own desks ("forward") is no milestone of the complainant's
                .anyMatch(t -> t.action().startsWith("forward-to-")
                        || t.fields().stream().anyMatch(f -> f.effect() == ActionField.FieldEffect.ASSIGN_UNIT));
        if (forwards) {
            out.add(Milestone.FORWARDED);
        }
        return List.copyOf(out);
    }

    /** The requirement-check items that failed at the step the case was returned from. */
    private String missing(CaseFile before, HistoryEntry entry, String language) {
        if (before == null) {
            return "—";
        }
        var check = store.latestCheck(before.id(), entry.fromStep(), before.stepEnteredAt());
        var failed = check.map(r -> r.items().entrySet().stream()
                        .filter(e -> !e.getValue())
                        .map(Map.Entry::getKey)
                        .map(item -> itemName(item, language))
                        .toList())
                .orElse(List.of());
        return failed.isEmpty() ? "—" : String.join(", ", failed);
    }

    private static String itemName(RequirementCheck item, String language) {
        boolean en = "en".equals(language);
        return switch (item) {
            case IDENTITY -> en ? "the complainant's identity" : "identitas pengadu";
            case PURPOSE -> en ? "the purpose of the submission" : "maksud dan tujuan";
            case SUBSTANCE -> en ? "the substance of the matter" : "pokok permasalahan";
            case SUPPORTING_DATA -> en ? "supporting data or documents" : "data atau dokumen pendukung";
            case AUTHORITY -> en ? "within the council's authority" : "kewenangan DPRD";
            case AUDIENCE_NOTICE ->
                en ? "requested at least 3 working days ahead" : "diajukan paling lambat 3 hari kerja sebelumnya";
        };
    }

    private String unitName(UUID unitId, String language) {
        if (unitId == null) {
            return "en".equals(language) ? "the office concerned" : "pihak terkait";
        }
        return institutions.findUnit(unitId).map(u -> u.name()).orElse("—");
    }

    /** The newest version of the case's signed response letter, as a PDF attachment, if it has one. */
    private java.util.Optional<OutgoingMail.Attachment> responseLetter(UUID caseId) {
        return letters.newest(caseId, DocumentType.RESPONSE_LETTER)
                .filter(l -> l.status() == Letter.Status.SIGNED)
                .flatMap(l -> documents.listForLetter(l.id()).stream().findFirst())
                .flatMap(d -> documents.find(caseId, d.id()))
                .map(pdf -> new OutgoingMail.Attachment(pdf.document().fileName(), "application/pdf", pdf.content()));
    }
}
