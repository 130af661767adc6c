package id.suara.notification;

import id.suara.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of milestone notices: the shipped defaults ({@code notices/<milestone>.<language>.txt}, the subject on the
 * first line, the text after a blank line) unless the institution wrote its own. Placeholders in braces are replaced by
 * the notice's values; a template may use only the known ones ({@link #PLACEHOLDERS}).
 */
@Service
public class NoticeTemplates {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "trackingNumber",
            "registrationNumber",
            "title",
            "institution",
            "reason",
            "missing",
            "answer",
            "unit",
            "trackingUrl");

    /** The languages complainants are written to in. */
    public static final List<String> LANGUAGES = List.of("id", "en");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A template as an institution uses it.
     *
     * @param custom whether the institution wrote it (false: the shipped default)
     */
    public record Template(
            Milestone milestone, String language, String subject, String body, boolean custom, Instant updatedAt) {}

    /** A notice as it goes out. */
    public record Rendered(String subject, String body) {}

    /** Every milestone's template in both languages as the institution uses them. */
    @Transactional(readOnly = true)
    public List<Template> list(UUID institutionId) {
        var out = new ArrayList<Template>();
        for (var milestone : Milestone.values()) {
            for (var language : LANGUAGES) {
                out.add(get(institutionId, milestone, language));
            }
        }
        return out;
    }

    /** The template the institution uses for a milestone in a language: its own, or the shipped default. */
    @Transactional(readOnly = true)
    public Template get(UUID institutionId, Milestone milestone, String language) {
        var lang = language(language);
        return jdbc.sql("""
                        select subject, body, updated_at from notice_template
                        where institution_id = ? and milestone = ? and language = ?""")
                .params(institutionId, milestone.name(), lang)
                .query((rs, n) -> new Template(
                        milestone,
                        lang,
                        rs.getString("subject"),
                        rs.getString("body"),
                        true,
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseGet(() -> defaultTemplate(milestone, lang));
    }

    /** The shipped default of a milestone in a language. */
    public static Template defaultTemplate(Milestone milestone, String language) {
        var path = "notices/" + milestone.fileName() + "." + language(language) + ".txt";
        try (var in = new ClassPathResource(path).getInputStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int split = text.indexOf("\n\n");
            return new Template(
                    milestone,
                    language(language),
                    text.substring(0, split).strip(),
                    text.substring(split + 2).strip(),
                    false,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("The default notice " + path + " is missing", e);
        }
    }

    /**
     * Saves the institution's own wording of a milestone in a language; refuses a blank or too long subject or text and
     * an unknown placeholder (400 naming the field).
     */
    @Transactional
    public Template save(
            UUID institutionId, Milestone milestone, String language, String subject, String body, UUID actorId) {
        var lang = checkedLanguage(language);
        var errors = new ArrayList<InvalidInputException.FieldError>();
        check("subject", subject, 300, errors);
        check("body", body, 10000, errors);
        if (subject != null && subject.contains("\n")) {
            errors.add(new InvalidInputException.FieldError("subject", "must be one line"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        jdbc.sql("""
                insert into notice_template (institution_id, milestone, language, subject, body, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (institution_id, milestone, language) do update
                set subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""")
                .params(
                        institutionId,
                        milestone.name(),
                        lang,
                        subject.strip(),
                        body.strip().replace("\r\n", "\n"),
                        Timestamp.from(clock.instant()),
                        actorId)
                .update();
        return get(institutionId, milestone, lang);
    }

    /** Drops the institution's own wording: the shipped default applies again. */
    @Transactional
    public Template reset(UUID institutionId, Milestone milestone, String language) {
        var lang = checkedLanguage(language);
        jdbc.sql("delete from notice_template where institution_id = ? and milestone = ? and language = ?")
                .params(institutionId, milestone.name(), lang)
                .update();
        return get(institutionId, milestone, lang);
    }

    /** The notice as it would go out with the given values (missing ones left empty). */
    @Transactional(readOnly = true)
    public Rendered render(UUID institutionId, Milestone milestone, String language, Map<String, String> values) {
        var template = get(institutionId, milestone, language);
        return new Rendered(
                fill(template.subject(), values).replaceAll("\\s+", " ").strip(), fill(template.body(), values));
    }

    /** Example values for previewing a template. */
    public static Map<String, String> sampleValues(String language) {
        boolean en = "en".equals(language);
        return Map.of(
                "trackingNumber", "SR-7K4M-2QXP",
                "registrationNumber", "001/PGD/DPRD/I/2026",
                "title", en ? "Broken bridge in Karanganyar" : "Jembatan rusak di Karanganyar",
                "institution", "DPRD",
                "reason", en ? "(the officer's note)" : "(catatan petugas)",
                "missing", en ? "Identity of the complainant" : "Identitas pengadu",
                "answer", en ? "(the published answer)" : "(jawaban yang dipublikasikan)",
                "unit", en ? "Commission C" : "Komisi C",
                "trackingUrl", "https://suara.example/lacak?nomor=SR-7K4M-2QXP");
    }

    static String fill(String template, Map<String, String> values) {
        var m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            var value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void check(String field, String text, int max, List<InvalidInputException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new InvalidInputException.FieldError(field, "must not be blank"));
            return;
        }
        if (text.strip().length() > max) {
            errors.add(new InvalidInputException.FieldError(field, "must be at most " + max + " characters"));
        }
        var m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                errors.add(new InvalidInputException.FieldError(
                        field,
                        "uses the unknown placeholder {" + m.group(1) + "}; known are "
                                + PLACEHOLDERS.stream()
                                        .sorted()
                                        .map(p -> "{" + p + "}")
                                        .toList()));
            }
        }
    }

    /** {@code id} or {@code en}; anything else refused naming {@code language}. */
    public static String checkedLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.invalid("language", "must be 'id' or 'en'");
        }
        return language;
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "id";
    }

    /** The milestone of a name as the API and pages give it, refused naming {@code milestone} when unknown. */
    public static Milestone milestone(String name) {
        return Optional.ofNullable(name)
                .flatMap(n -> java.util.Arrays.stream(Milestone.values())
                        .filter(m -> m.name().equalsIgnoreCase(n))
                        .findFirst())
                .orElseThrow(() -> InvalidInputException.invalid(
                        "milestone", "must be one of " + java.util.Arrays.toString(Milestone.values())));
    }
}
