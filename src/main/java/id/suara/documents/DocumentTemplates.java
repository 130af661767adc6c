package id.suara.documents;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * The templates an institution's documents are printed from, as its administrator keeps them (ADR 0029): the shipped
 * files until changed, then the institution's own text. Each change is a version (who, when, why) kept for good, so that
 * earlier texts can be read and restored; the newest is used for documents issued from then on. A text is checked
 * before it is saved: it must keep to the sandbox's rules, render a sample document of its type to a PDF, and keep the
 * parts every document of the type needs. Documents already issued are stored as PDFs and never change.
 */
@Service
public class DocumentTemplates {

    /** The largest template, in UTF-8 bytes: ample for a layout, and well within the API's request limit. */
    public static final int MAX_BYTES = 100 * 1024;

    /** The longest note. */
    public static final int MAX_NOTE = 500;

    private final TemplateVersions versions;
    private final TemplateSandbox sandbox;
    private final PdfRenderer renderer;
    private final SampleDocuments samples;
    private final AuditLog audit;
    private final Clock clock;

    DocumentTemplates(
            TemplateVersions versions,
            TemplateSandbox sandbox,
            PdfRenderer renderer,
            SampleDocuments samples,
            AuditLog audit,
            Clock clock) {
        this.versions = versions;
        this.sandbox = sandbox;
        this.renderer = renderer;
        this.samples = samples;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A type's template at the institution.
     *
     * @param overridden whether the institution's own text is used (else the shipped one)
     * @param version the newest version, null when never changed
     * @param changedBy who saved the newest version
     */
    public record Summary(
            DocumentType type, boolean overridden, Integer version, Instant changedAt, String changedBy) {}

    /** One version of a template, without its text. */
    public record VersionInfo(
            int version, boolean overridden, String note, Integer restoredFrom, Instant createdAt, String createdBy) {}

    /**
     * A type's template with its text — the institution's own, or the shipped one — and every version, newest first.
     *
     * @param version the newest version, null when never changed; give it as {@code basedOn} with a change
     */
    public record Template(
            DocumentType type, boolean overridden, Integer version, String body, List<VersionInfo> versions) {

        /** The version to give as {@code basedOn}: 0 when never changed. */
        public int basedOn() {
            return version == null ? 0 : version;
        }
    }

    /**
     * One version with its text; a version that went back to the shipped template has none ({@code overridden} false).
     */
    public record VersionText(
            DocumentType type,
            int version,
            boolean overridden,
            String body,
            String note,
            Integer restoredFrom,
            Instant createdAt,
            String createdBy) {}

    /** Every type's template at the institution. */
    @Transactional(readOnly = true)
    public List<Summary> list(StaffMember reader, Institution institution) {
        administered(reader, institution);
        var changed = versions.newestOfEachType(institution.id()).stream()
                .collect(Collectors.toMap(TemplateVersions.Typed::type, TemplateVersions.Typed::stored));
        return Arrays.stream(DocumentType.values())
                .map(type -> {
                    var newest = changed.get(type);
                    return newest == null
                            ? new Summary(type, false, null, null, null)
                            : new Summary(
                                    type,
                                    newest.overridden(),
                                    newest.version(),
                                    newest.createdAt(),
                                    newest.createdByName());
                })
                .toList();
    }

    /** A type's template: its current text and its versions. */
    @Transactional(readOnly = true)
    public Template get(StaffMember reader, Institution institution, DocumentType type) {
        administered(reader, institution);
        return template(institution, type);
    }

    /** One version of a type's template, with its text. */
    @Transactional(readOnly = true)
    public VersionText version(StaffMember reader, Institution institution, DocumentType type, int version) {
        administered(reader, institution);
        var stored = versions.find(institution.id(), type, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of the " + type + " template"));
        return new VersionText(
                type,
                stored.version(),
                stored.overridden(),
                stored.body(),
                stored.note(),
                stored.restoredFrom(),
                stored.createdAt(),
                stored.createdByName());
    }

    /** The template shipped with Suara for a type, as a starting point. */
    public String shipped(DocumentType type) {
        try {
            return new ClassPathResource("templates/" + type.template() + ".html")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sample document of the type printed from {@code body}, not saved; refused (400 naming {@code body}) as saving it
     * would be.
     */
    @Transactional(readOnly = true)
    public byte[] preview(StaffMember editor, Institution institution, DocumentType type, String body) {
        administered(editor, institution);
        return check(institution, type, normalised(body));
    }

    /**
     * Saves a new text as the type's next version, used by every document issued from now on; refused whole, naming
     * {@code body} with each problem (and its line), when it breaks a rule, does not render, or leaves out a required
     * part. Audited as {@code documents.template.changed}. The same text as the current one saves nothing.
     */
    @Transactional
    public Template save(StaffMember editor, Institution institution, DocumentType type, TemplateChange change) {
        administered(editor, institution);
        var note = note(change.note());
        var body = normalised(change.body());
        check(institution, type, body);
        versions.lock(institution.id(), type);
        var newest = versions.newest(institution.id(), type);
        stale(change.basedOn(), newest);
        if (newest.isPresent() && body.equals(newest.get().body())) {
            return template(institution, type);
        }
        var saved = versions.append(institution.id(), type, next(newest), body, note, null, editor, clock.instant());
        audited(editor, institution, "documents.template.changed", type, saved);
        return template(institution, type);
    }

    /**
     * Goes back to the shipped template, recorded as a version without text. Audited as {@code documents.template.reset}.
     * Nothing happens when the shipped template is already used.
     */
    @Transactional
    public Template restoreShipped(
            StaffMember editor, Institution institution, DocumentType type, TemplateChange change) {
        administered(editor, institution);
        var note = note(change.note());
        versions.lock(institution.id(), type);
        var newest = versions.newest(institution.id(), type);
        stale(change.basedOn(), newest);
        if (newest.isEmpty() || !newest.get().overridden()) {
            return template(institution, type);
        }
        var saved = versions.append(institution.id(), type, next(newest), null, note, null, editor, clock.instant());
        audited(editor, institution, "documents.template.reset", type, saved);
        return template(institution, type);
    }

    /**
     * Makes an earlier version's text the current one again, as a new version that names it; the text is checked again
     * as a new one would be. Audited as {@code documents.template.restored}.
     */
    @Transactional
    public Template restore(
            StaffMember editor, Institution institution, DocumentType type, int version, TemplateChange change) {
        administered(editor, institution);
        var note = note(change.note());
        var earlier = versions.find(institution.id(), type, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of the " + type + " template"));
        if (earlier.overridden()) {
            check(institution, type, earlier.body());
        }
        versions.lock(institution.id(), type);
        var newest = versions.newest(institution.id(), type);
        stale(change.basedOn(), newest);
        var current = newest.map(TemplateVersions.Stored::body).orElse(null);
        if (Objects.equals(current, earlier.body())) {
            return template(institution, type);
        }
        var saved = versions.append(
                institution.id(), type, next(newest), earlier.body(), note, version, editor, clock.instant());
        audited(editor, institution, "documents.template.restored", type, saved);
        return template(institution, type);
    }

    // ------------------------------------------------------------------------------------------------------ checking

    /**
     * Checks a text as it would be used and answers the sample document's PDF: the sandbox's rules on its text, a
     * sample of the type rendered in the sandbox, a PDF that loads nothing from outside, and the parts the type must
     * keep. Every problem found is named, as far as one step allows the next.
     */
    private byte[] check(Institution institution, DocumentType type, String body) {
        var problems = new ArrayList<TemplateProblem>();
        if (body == null || body.isBlank()) {
            throw refused(List.of(new TemplateProblem("empty", null, null)));
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw refused(List.of(new TemplateProblem("too-large", null, bytes + " bytes")));
        }
        if (body.indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store it, and no one types it
            throw refused(List.of(new TemplateProblem("nul", TemplateRules.line(body, body.indexOf('\u0000')), null)));
        }
        problems.addAll(TemplateRules.check(body));
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        var sample = samples.of(institution, type);
        String html;
        try {
            html = sandbox.processDraft(body, sample.variables());
        } catch (RuntimeException failed) {
            throw refused(List.of(renderingProblem(failed)));
        }
        var outside = new ArrayList<String>();
        byte[] pdf;
        try {
            pdf = renderer.pdf(html, outside);
        } catch (RuntimeException failed) {
            throw refused(List.of(new TemplateProblem("pdf", null, deepestMessage(failed))));
        }
        outside.stream().distinct().forEach(uri -> problems.add(new TemplateProblem("resource", null, uri)));
        // what prints: the body, not the head's title
        var printed = HEAD.matcher(html).replaceAll("");
        sample.required().stream()
                .filter(required -> !printed.contains(required.text()) && !printed.contains(escaped(required.text())))
                .forEach(required -> problems.add(new TemplateProblem(required.reason(), null, null)));
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return pdf;
    }

    private static final Pattern HEAD =
            Pattern.compile("<head\\b.*?</head\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** How Thymeleaf writes a text into HTML ({@code th:text}). */
    private static String escaped(String text) {
        return HtmlEscape.escapeHtml(
                text,
                HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
    }

    /** The problem of a text that did not render: the sandbox's refusal, or Thymeleaf's message, with the line. */
    private static TemplateProblem renderingProblem(RuntimeException failed) {
        Integer line = null;
        TemplateSandbox.Violation violation = null;
        Throwable deepest = failed;
        for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (line == null
                    && t instanceof TemplateProcessingException processing
                    && processing.hasLineAndCol()
                    && (!processing.hasTemplateName()
                            || !processing.getTemplateName().startsWith(TemplateSandbox.LAYOUT))) {
                line = processing.getLine();
            }
            if (violation == null && t instanceof TemplateSandbox.Violation v) {
                violation = v;
            }
            deepest = t;
        }
        if (violation != null) {
            return new TemplateProblem("sandbox-" + violation.code(), line, violation.subject());
        }
        return new TemplateProblem("template", line, cleaned(deepest.getMessage()));
    }

    private static String deepestMessage(Throwable failed) {
        var deepest = failed;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return cleaned(deepest.getMessage());
    }

    /** An engine's message without the internal name of the text being checked. */
    private static String cleaned(String message) {
        if (message == null) {
            return null;
        }
        return message.replaceAll("\\s*\\(template: \"[^\"]*\"( - line \\d+, col \\d+)?\\)", "")
                .replaceAll("draft:[0-9a-f-]{36}", "template")
                .strip();
    }

    private static InvalidInputException refused(List<TemplateProblem> problems) {
        return InvalidInputException.invalid(problems.stream()
                        .map(p -> new FieldError("body", p.message()))
                        .toList())
                .with("problems", problems);
    }

    // -------------------------------------------------------------------------------------------------------- helpers

    private Template template(Institution institution, DocumentType type) {
        var all = versions.all(institution.id(), type);
        var newest = all.isEmpty() ? null : all.getFirst();
        var overridden = newest != null && newest.overridden();
        return new Template(
                type,
                overridden,
                newest == null ? null : newest.version(),
                overridden ? newest.body() : shipped(type),
                all.stream()
                        .map(v -> new VersionInfo(
                                v.version(),
                                v.overridden(),
                                v.note(),
                                v.restoredFrom(),
                                v.createdAt(),
                                v.createdByName()))
                        .toList());
    }

    private static void administered(StaffMember member, Institution institution) {
        if (!member.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator keeps its document templates");
        }
    }

    private static String normalised(String body) {
        return body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        var stripped = note.strip();
        if (stripped.indexOf('\u0000') >= 0) {
            throw InvalidInputException.invalid("note", "must not contain a NUL character");
        }
        if (stripped.length() > MAX_NOTE) {
            throw InvalidInputException.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
        return stripped;
    }

    private static void stale(Integer basedOn, java.util.Optional<TemplateVersions.Stored> newest) {
        if (basedOn == null) {
            return;
        }
        int current = newest.map(TemplateVersions.Stored::version).orElse(0);
        if (basedOn != current) {
            throw new ConflictException(
                    "basedOn",
                    "The template changed since version " + basedOn + ": version " + current + " by "
                            + newest.map(TemplateVersions.Stored::createdByName).orElse("-")
                            + " is the newest; reload it and make the change again");
        }
    }

    private static int next(java.util.Optional<TemplateVersions.Stored> newest) {
        return newest.map(v -> v.version() + 1).orElse(1);
    }

    private void audited(
            StaffMember editor,
            Institution institution,
            String action,
            DocumentType type,
            TemplateVersions.Stored saved) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type.name());
        details.put("version", saved.version());
        if (saved.restoredFrom() != null) {
            details.put("restoredFrom", saved.restoredFrom());
        }
        if (saved.note() != null) {
            details.put("note", saved.note());
        }
        audit.record(new AuditEvent(
                action,
                institution.id(),
                editor.id(),
                editor.username(),
                "document-template",
                institution.id() + "/" + type.name(),
                details));
    }

    /** The type named in a request, e.g. {@code RESPONSE_LETTER}; refused naming {@code type} when there is none. */
    public static DocumentType type(String name) {
        return Arrays.stream(DocumentType.values())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.invalid(
                        "type",
                        "must be one of "
                                + Arrays.stream(DocumentType.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))));
    }
}
