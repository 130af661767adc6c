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
import id.suara.sop.SopVersions;
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
    private final SopVersions sops;

    CaseNotices(
            ComplainantNotices complainants,
            StaffNotices staff,
            Submissions submissions,
            Institutions institutions,
            CaseStore store,
            Letters letters,
            Documents documents,
            JdbcClient jdbc,
            SopVersions sops) {
        this.sops = sops;
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

    /**
     * A case moved by an action: its new history entries are the last of its history. The complainant (and the
     * complainants of cases merged into it) hear of its milestones, the officers of the step it reached of their work.
     */
    void moved(Moved moved) {
        boolean stepChanged = moved.history().stream()
                .anyMatch(e -> e.fromStep() == null || !e.fromStep().equals(e.toStep()));
        if (!stepChanged && !hasMilestone(moved)) {
            return;
        }
        int first = firstSeq(moved);
        notify(moved, first, contact(moved.after().id()));
        if (stepChanged) {
            reached(moved, first).ifPresent(r -> staff.caseReachedStep(r.at(), r.historySeq()));
        }
    }

    /**
     * A milestone of the complainant's recorded without moving the case on by an action: a request for completion, a
     * reopening on their objection, a merge. Only the complainants hear of it; the officers are told through
     * {@link #needsAttention}.
     */
    void recorded(Moved moved) {
        if (hasMilestone(moved)) {
            notify(moved, firstSeq(moved), contact(moved.after().id()));
        }
    }

    /**
     * Tells the officers of the case's current step (those who chose immediate notices) that something happened to it
     * — the complainant wrote, objected, a duplicate was merged into it — once per event. Nothing for a closed case.
     */
    void needsAttention(CaseFile c, String reasonKey, String eventKey) {
        var at = step(sops.definition(c.sopVersionId()), c.currentStep());
        if (at.terminal() || at.roles().isEmpty()) {
            return;
        }
        staff.caseNeedsAttention(
                new CaseAtStep(
                        c.institutionId(),
                        c.id(),
                        c.registrationNumber(),
                        at.name().id(),
                        Set.copyOf(at.roles()),
                        c.assignedUnitId(),
                        c.stepDueAt()),
                reasonKey,
                eventKey);
    }

    private boolean hasMilestone(Moved moved) {
        return moved.history().stream()
                .anyMatch(e -> !milestones(moved.definition(), e).isEmpty());
    }

    private int firstSeq(Moved moved) {
        int last = jdbc.sql("select coalesce(max(seq), 0) from case_event where case_id = ?")
                .param(moved.after().id())
                .query(Integer.class)
                .single();
        return last - moved.history().size() + 1;
    }

    private Submissions.Contact contact(UUID caseId) {
        return submissions.contacts(List.of(caseId)).get(caseId);
    }

    /** A complainant told of a case's milestones: its own, or one whose case is merged into it, by their own number. */
    private record Recipient(Submissions.Contact contact, String trackingNumber) {}

    /** The complainant of the case and those of the cases merged into it (ADR 0037): they follow its progress. */
    private List<Recipient> recipients(CaseFile c, Submissions.Contact own) {
        var out = new ArrayList<Recipient>();
        if (own != null) {
            out.add(new Recipient(own, c.trackingNumber()));
        }
        var merged = jdbc.sql("select id, tracking_number from case_file where merged_into = ? order by merged_at, id")
                .param(c.id())
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("tracking_number")))
                .list();
        if (!merged.isEmpty()) {
            var contacts =
                    submissions.contacts(merged.stream().map(Map.Entry::getKey).toList());
            for (var m : merged) {
                var contact = contacts.get(m.getKey());
                if (contact != null) {
                    out.add(new Recipient(contact, m.getValue()));
                }
            }
        }
        return out;
    }

    private void notify(Moved moved, int firstSeq, Submissions.Contact contact) {
        var c = moved.after();
        var definition = moved.definition();
        var institution = institutions.get(c.institutionId());
        List<Recipient> recipients = null;
        for (int i = 0; i < moved.history().size(); i++) {
            var entry = moved.history().get(i);
            int seq = firstSeq + i;
            var milestones = milestones(definition, entry);
            if (milestones.isEmpty()) {
                continue;
            }
            if (recipients == null) {
                // a case just opened has nothing merged into it yet
                recipients = moved.before() == null
                        ? (contact == null ? List.of() : List.of(new Recipient(contact, c.trackingNumber())))
                        : recipients(c, contact);
            }
            for (var recipient : recipients) {
                var language = recipient.contact().language();
                for (var milestone : milestones) {
                    var values = new HashMap<String, String>();
                    values.put("trackingNumber", recipient.trackingNumber());
                    values.put("registrationNumber", moved.registrationNumber());
                    values.put("title", c.title());
                    values.put("institution", institution.name());
                    // a merge's note is the staff's own, not for the complainant
                    values.put("reason", entry.note() == null || milestone == Milestone.MERGED ? "—" : entry.note());
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
                            recipient.contact().email(),
                            recipient.contact().phone(),
                            recipient.trackingNumber(),
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
        switch (entry.action()) {
            case HistoryEntry.SUBMITTED -> {
                return List.of(Milestone.REGISTERED);
            }
            case ComplainantConversation.COMPLETION_REQUESTED -> {
                return List.of(Milestone.COMPLETION_REQUESTED);
            }
            case ComplainantConversation.OBJECTED -> {
                return List.of(Milestone.REOPENED);
            }
            case Duplicates.MERGED -> {
                return List.of(Milestone.MERGED);
            }
            default -> {}
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
