package id.suara.casework;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.validation.CleanTextValidator;
import id.suara.staff.StaffMember;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each institution's list of disposition instructions, in the order the sheet prints them. Until its administrator
 * changes it, an institution has the regional and ANRI instructions of GOVDOCS §1.7 ({@link #DEFAULT_LABELS}).
 * Dispositions keep the instructions they gave, so a change applies to dispositions made after it.
 */
@Service
public class DispositionInstructions {

    /** The shipped list: the regional sheet's three, then ANRI's (GOVDOCS §1.7). */
    public static final List<String> DEFAULT_LABELS = List.of(
            "Tanggapan dan saran",
            "Proses lebih lanjut",
            "Koordinasikan / konfirmasikan",
            "Selesaikan / tindak lanjuti",
            "Pelajari / telaah",
            "Hadiri / wakili",
            "Pantau",
            "Untuk perhatian",
            "File / arsipkan");

    /** The most instructions a list holds: the sheet prints them all. */
    public static final int MAX_INSTRUCTIONS = 20;

    /** The longest label, in characters. */
    public static final int LABEL_MAX = 120;

    private static final TypeReference<List<DispositionInstruction>> LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    DispositionInstructions(JdbcClient jdbc, JsonMapper json, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The institution's instructions in print order: its own list, or the defaults. */
    @Transactional(readOnly = true)
    public List<DispositionInstruction> of(UUID institutionId) {
        return jdbc.sql("select instructions::text from disposition_instruction_list where institution_id = ?")
                .param(institutionId)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, LIST))
                .orElseGet(() -> instructions(DEFAULT_LABELS));
    }

    /**
     * Replaces the institution's list with {@code labels}, in that order; only its administrator (or a system
     * administrator) may. Refused whole, naming every bad entry ({@code instructions[i]}), when the list is empty or too
     * long, or an entry is blank, too long, not plain text, or says again what an earlier one says.
     */
    @Transactional
    public List<DispositionInstruction> replace(StaffMember editor, Institution institution, List<String> labels) {
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator changes its disposition instructions");
        }
        var errors = new ArrayList<FieldError>();
        if (labels == null || labels.isEmpty()) {
            throw InvalidInputException.invalid("instructions", "must name at least one instruction");
        }
        if (labels.size() > MAX_INSTRUCTIONS) {
            throw InvalidInputException.invalid(
                    "instructions", "must name at most " + MAX_INSTRUCTIONS + " instructions");
        }
        var seen = new HashMap<String, Integer>();
        var list = new ArrayList<DispositionInstruction>();
        for (int i = 0; i < labels.size(); i++) {
            var field = "instructions[" + i + "]";
            var label = labels.get(i) == null ? "" : labels.get(i).strip();
            if (label.isEmpty()) {
                errors.add(new FieldError(field, "must not be blank"));
            } else if (label.length() > LABEL_MAX) {
                errors.add(new FieldError(field, "must be at most " + LABEL_MAX + " characters"));
            } else if (!CleanTextValidator.isClean(label, false)) {
                errors.add(new FieldError(field, "must be one line of plain text"));
            } else if (code(label).isEmpty()) {
                errors.add(new FieldError(field, "must contain letters or digits"));
            } else if (seen.containsKey(code(label))) {
                errors.add(new FieldError(field, "repeats instruction " + (seen.get(code(label)) + 1)));
            } else {
                seen.put(code(label), i);
                list.add(new DispositionInstruction(code(label), label));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        jdbc.sql("""
                insert into disposition_instruction_list (institution_id, instructions, updated_at, updated_by)
                values (?, ?::jsonb, ?, ?)
                on conflict (institution_id) do update set instructions = excluded.instructions,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(institution.id(), json.writeValueAsString(list), Timestamp.from(clock.instant()), editor.id())
                .update();
        audit.record(new AuditEvent(
                "disposition.instructions-changed",
                institution.id(),
                editor.id(),
                editor.username(),
                "institution",
                institution.id().toString(),
                Map.of(
                        "instructions",
                        list.stream().map(DispositionInstruction::code).toList())));
        return List.copyOf(list);
    }

    /** The code of a label: without accents, in lower case, each run of other characters a hyphen; at most 60 long. */
    static String code(String label) {
        var plain = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return plain.length() <= 60 ? plain : plain.substring(0, 60).replaceAll("-+$", "");
    }

    private static List<DispositionInstruction> instructions(List<String> labels) {
        return labels.stream().map(l -> new DispositionInstruction(code(l), l)).toList();
    }
}
