package id.suara.casework;

import id.suara.sop.CaseStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for similar cases and merged duplicates (ADR 0037). */
@Repository
class DuplicateStore {

    /**
     * Words too common in Indonesian complaints to say two of them are about the same matter; as the 'indonesian'
     * configuration stems them (it has no stop-word list of its own).
     */
    static final List<String> COMMON_WORDS = List.of(
            "yang",
            "dan",
            "di",
            "ke",
            "dari",
            "untuk",
            "dengan",
            "ini",
            "itu",
            "pada",
            "tidak",
            "sudah",
            "telah",
            "kami",
            "saya",
            "kam",
            "ada",
            "oleh",
            "dalam",
            "akan",
            "juga",
            "karena",
            "sejak",
            "sangat",
            "mohon",
            "warga",
            "agar",
            "bisa",
            "dapat",
            "atas",
            "para",
            "lagi",
            "belum",
            "masih",
            "hingga",
            "sampai",
            "setiap",
            "bagi",
            "tersebut",
            "kepada",
            "atau",
            "serta",
            "namun",
            "tetapi",
            "kalau",
            "jika",
            "bila",
            "saat",
            "waktu",
            "hari",
            "bulan",
            "tahun",
            "minggu",
            "banyak",
            "segera",
            "tolong",
            "pihak",
            "terkait",
            "kondisi",
            "masalah",
            "keluh",
            "adu",
            "lapor",
            "minta",
            "harap",
            "tindak",
            "lanjut",
            "desa",
            "kecamatan",
            "kabupaten",
            "dusun",
            "rt",
            "rw",
            "kota",
            "sekitar",
            "sebab",
            "akibat",
            "buat",
            "jadi",
            "lebih",
            "kurang",
            "sering",
            "selalu",
            "sekali",
            "hal",
            "orang",
            "mereka",
            "kita",
            "dia",
            "ia",
            "nya",
            "pun",
            "lah",
            "kah",
            "bapak",
            "ibu",
            "pak",
            "bu",
            "sdr",
            "dprd",
            "dinas",
            "pemerintah");

    private static final String COMMON_ARRAY =
            COMMON_WORDS.stream().map(w -> "'" + w + "'").collect(Collectors.joining(",", "array[", "]::text[]"));

    /**
     * The words of a case's index compared: the Indonesian stems (weight D), alphanumeric, not among the commonest and
     * not the respondent's (which is indexed with the text, and compared on its own).
     */
    private static String words(String vector, String respondent) {
        return "array(select l from unnest(tsvector_to_array(ts_filter(" + vector + ", '{d}'))) l"
                + " where l ~ '^[[:alnum:]]+$' and length(l) > 2 and l <> all(" + COMMON_ARRAY + ")"
                + " and l <> all(tsvector_to_array(to_tsvector('indonesian', coalesce(" + respondent + ", '')))))";
    }

    /**
     * A candidate with the measures it is scored by.
     *
     * @param textOverlap how much their compared words overlap: shared words over the geometric mean of both counts
     * @param titleSimilarity pg_trgm's similarity of the lower-cased titles
     * @param respondentSimilarity pg_trgm's similarity of the lower-cased respondents; 0 when either named none
     */
    record Candidate(
            UUID id,
            String registrationNumber,
            String title,
            CaseStatus status,
            Instant registeredAt,
            double textOverlap,
            double titleSimilarity,
            double respondentSimilarity,
            long daysApart) {}

    private final JdbcClient jdbc;

    DuplicateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open, unmerged cases of the case's institution registered between {@code since} and {@code until} that share
     * words with it, have a title like its title or name a respondent like its respondent, among those the reader may
     * read: at most {@code bound} by each of the three measures (shared words ranked, title trigrams, respondent
     * trigrams), then measured.
     *
     * <p>The three are taken over those recent open cases, read once by their index ({@code case_file_open_recent}),
     * never through a whole-table index: a case's words joined by "or" match nearly every case of every year, and its
     * formulaic title half of them, so the full-text and trigram indexes returned a million rows to keep a few
     * thousand (a second per case page at 1,000,000 cases; ADR 0051).
     */
    List<Candidate> candidates(UUID caseId, Readership reader, Instant since, Instant until, int bound) {
        var statement = candidatesStatement(caseId, reader, since, until, bound);
        return jdbc.sql(statement.sql())
                .params(statement.params())
                .query((rs, n) -> new Candidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("registration_number"),
                        rs.getString("title"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("registered_at").toInstant(),
                        rs.getDouble("text_overlap"),
                        rs.getDouble("title_similarity"),
                        rs.getDouble("respondent_similarity"),
                        (long) rs.getDouble("days_apart")))
                .list();
    }

    /** The statement of {@link #candidates} (its plan is tested: DuplicateCandidatesPlanIntegrationTest). */
    static SqlStatement candidatesStatement(UUID caseId, Readership reader, Instant since, Instant until, int bound) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", caseId);
        params.put("since", Timestamp.from(since));
        params.put("until", Timestamp.from(until));
        params.put("bound", bound);
        var readable = new StringBuilder();
        CaseStore.appendReadable(reader, readable, params);
        var sql = """
                with src as (
                    select c.id, c.institution_id, c.registered_at, lower(c.title) as title,
                        lower(coalesce(s.respondent, '')) as respondent, %1$s as words
                    from case_file c join submission s on s.id = c.id
                    where c.id = :id),
                q as (
                    select src.*, case when cardinality(src.words) = 0 then null
                        else to_tsquery('simple', array_to_string(src.words, ' | ')) end as query
                    from src),
                recent as materialized (
                    select c.id, c.search, lower(c.title) as title, lower(coalesce(s.respondent, '')) as respondent
                    from case_file c join submission s on s.id = c.id, src
                    where c.institution_id = src.institution_id and c.closed_at is null and c.id <> src.id
                        and c.registered_at between :since and :until),
                found as (
                    (select r.id from recent r, q where r.search @@ q.query
                     order by ts_rank(r.search, q.query) desc limit :bound)
                    union
                    (select r.id from recent r, q where r.title %% q.title
                     order by similarity(r.title, q.title) desc limit :bound)
                    union
                    (select r.id from recent r, q where q.respondent <> '' and r.respondent %% q.respondent
                     order by similarity(r.respondent, q.respondent) desc limit :bound))
                select case_file.id, case_file.registration_number, case_file.title, case_file.status,
                    case_file.registered_at,
                    coalesce((select count(*) from unnest(%2$s) w where w = any(q.words))
                        / nullif(sqrt(cardinality(%2$s)::float8 * cardinality(q.words)), 0), 0) as text_overlap,
                    similarity(lower(case_file.title), q.title) as title_similarity,
                    case when q.respondent = '' or coalesce(s.respondent, '') = '' then 0
                        else similarity(lower(s.respondent), q.respondent) end as respondent_similarity,
                    abs(extract(epoch from case_file.registered_at - q.registered_at)) / 86400 as days_apart
                from case_file join submission s on s.id = case_file.id cross join q
                where case_file.id in (select id from found)
                    and case_file.id in (select case_file.id from case_file where case_file.id in (select id from found)%3$s)
                """.formatted(words("c.search", "s.respondent"), words("case_file.search", "s.respondent"), readable);
        return new SqlStatement(sql, params);
    }

    /** Where a case stands as far as merging goes. */
    record MergeState(UUID mergedInto, Instant mergedAt, Instant mergedDueAt, long mergedIntoIt) {}

    Optional<MergeState> mergeState(UUID caseId) {
        return jdbc.sql("""
                select merged_into, merged_at, merged_due_at,
                    (select count(*) from case_file m where m.merged_into = c.id) as merged_into_it
                from case_file c where id = ?""")
                .param(caseId)
                .query((rs, n) -> new MergeState(
                        rs.getObject("merged_into", UUID.class),
                        instant(rs.getTimestamp("merged_at")),
                        instant(rs.getTimestamp("merged_due_at")),
                        rs.getLong("merged_into_it")))
                .optional();
    }

    /**
     * Closes the duplicate as merged into the main case at {@code now}, its due time kept for an undo; false when it
     * changed since {@code version}, was closed or merged meanwhile.
     */
    boolean merge(UUID duplicateId, UUID mainId, int version, Instant now) {
        return jdbc.sql("""
                update case_file set merged_into = ?, merged_at = ?, merged_due_at = step_due_at, step_due_at = null,
                    closed_at = ?, version = version + 1
                where id = ? and version = ? and closed_at is null and merged_into is null""")
                        .params(mainId, Timestamp.from(now), Timestamp.from(now), duplicateId, version)
                        .update()
                == 1;
    }

    /** Reopens a merged case at the step it had, due at {@code dueAt}; false when it changed since {@code version}. */
    boolean undo(UUID duplicateId, int version, Instant dueAt) {
        return jdbc.sql("""
                update case_file set merged_into = null, merged_at = null, merged_due_at = null, closed_at = null,
                    step_due_at = ?, version = version + 1
                where id = ? and version = ? and merged_into is not null""")
                        .params(dueAt == null ? null : Timestamp.from(dueAt), duplicateId, version)
                        .update()
                == 1;
    }

    List<MergedCase> mergedInto(UUID mainCaseId) {
        return jdbc.sql("""
                select id, registration_number, tracking_number, merged_at from case_file
                where merged_into = ? order by merged_at, id""")
                .param(mainCaseId)
                .query((rs, n) -> new MergedCase(
                        rs.getObject("id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("registration_number"),
                        rs.getString("tracking_number"),
                        instant(rs.getTimestamp("merged_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
