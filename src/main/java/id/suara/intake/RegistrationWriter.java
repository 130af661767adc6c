package id.suara.intake;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes prepared registrations, one or a group, in the current transaction and in a fixed number of statements
 * whatever the group's size (ADR 0022): the counters of their institutions' years advance by the group's count, then every
 * submission and its receipt are inserted with their numbers, the attachments' rows, and the cases (by
 * {@link CaseOpening}, which appends the audit entries last). Each counter's row stays locked until commit, so numbers
 * have no gaps and are given in the group's order.
 */
@Component
class RegistrationWriter {

    /** The submission's columns in the order of {@link PreparedRegistration#submissionRow()}, then the number's two. */
    private static final String SUBMISSION_COLUMNS = """
            id, institution_id, kind, channel, registration_year, tracking_number, access_code_hash, complainant_type,
            complainant_name, complainant_organisation, identity_number, address, phone, email, identity_number_hmac,
            identity_encrypted, confidential, anonymous, respondent, title, purpose, substance, audience_requested_for,
            delegation_size, registered_at, registered_by, language, registration_sequence, registration_number""";

    private static final String SUBMISSION_ROW =
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?::timestamptz,"
                    + " ?::uuid, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;
    private final CaseOpening cases;

    RegistrationWriter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, CaseOpening cases) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
        this.cases = cases;
    }

    /** Writes the registrations in the current transaction and answers their numbers, in their order. */
    List<String> write(List<PreparedRegistration> group) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Registrations are written inside a transaction");
        }
        var numbers = number(group);
        insertSubmissions(group, numbers);
        insertAttachments(group);
        var opened = new ArrayList<CaseOpening.Numbered>(group.size());
        for (int i = 0; i < group.size(); i++) {
            var registration = group.get(i);
            opened.add(new CaseOpening.Numbered(
                    registration.submission(), numbers.get(i).number(), registration.plan()));
        }
        cases.open(opened);
        return numbers.stream().map(Number::number).toList();
    }

    /**
     * Advances each institution's counter of the year by its registrations in the group, in one statement, and gives
     * them the numbers in order. Counters are taken in one order (institution, year) so that two writers never wait
     * for each other in a circle.
     */
    private List<Number> number(List<PreparedRegistration> group) {
        record Counter(UUID institutionId, int year) {}
        var counts = new LinkedHashMap<Counter, Integer>();
        group.stream()
                .map(r -> new Counter(r.institution().id(), r.year()))
                .sorted(Comparator.comparing(Counter::institutionId).thenComparing(Counter::year))
                .forEach(counter -> counts.merge(counter, 1, Integer::sum));
        var rows = new StringJoiner(", ");
        var params = new ArrayList<Object>();
        counts.forEach((counter, count) -> {
            rows.add("(?, ?, ?)");
            params.add(counter.institutionId());
            params.add(counter.year());
            params.add(count);
        });
        var next = new HashMap<Counter, Long>();
        jdbc.sql("insert into registration_counter (institution_id, year, last_value) values " + rows + """
                         on conflict (institution_id, year)
                        do update set last_value = registration_counter.last_value + excluded.last_value
                        returning institution_id, year, last_value""")
                .params(params)
                .query(rs -> {
                    var counter = new Counter(rs.getObject("institution_id", UUID.class), rs.getInt("year"));
                    next.put(counter, rs.getLong("last_value") - counts.get(counter) + 1);
                });
        var numbers = new ArrayList<Number>(group.size());
        for (var registration : group) {
            var counter = new Counter(registration.institution().id(), registration.year());
            long sequence = next.merge(counter, 1L, Long::sum) - 1;
            numbers.add(new Number(sequence, registration.number(sequence)));
        }
        return numbers;
    }

    /** Every submission with its number and its receipt, in one statement. */
    private void insertSubmissions(List<PreparedRegistration> group, List<Number> numbers) {
        var submissions = new StringJoiner(", ");
        var receipts = new StringJoiner(", ");
        var params = new ArrayList<Object>();
        var receiptParams = new ArrayList<Object>();
        for (int i = 0; i < group.size(); i++) {
            var registration = group.get(i);
            var number = numbers.get(i);
            submissions.add(SUBMISSION_ROW);
            params.addAll(registration.submissionRow());
            params.add(number.sequence());
            params.add(number.number());
            var receipt = new LinkedHashMap<>(registration.receipt());
            receipt.put("registrationNumber", number.number());
            receipts.add("(?::uuid, ?::timestamptz, ?)");
            receiptParams.add(registration.submission().submissionId());
            receiptParams.add(Timestamp.from(registration.registeredAt()));
            receiptParams.add(json.writeValueAsString(receipt));
        }
        params.addAll(receiptParams);
        jdbc.sql("with stored as (insert into submission (" + SUBMISSION_COLUMNS + ") values " + submissions
                        + " returning id)"
                        + " insert into receipt (submission_id, issued_at, content)"
                        + " select r.id, r.issued_at, r.content::jsonb from stored join (values " + receipts
                        + ") r (id, issued_at, content) using (id)")
                .params(params)
                .update();
    }

    /** A registration's place in its institution's year, and the number it gives. */
    private record Number(long sequence, String number) {}

    /** All attachment rows of the group in one batch. */
    private void insertAttachments(List<PreparedRegistration> group) {
        var rows = new ArrayList<Object[]>();
        for (var registration : group) {
            var uploadedAt = Timestamp.from(registration.registeredAt());
            for (var file : registration.files()) {
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    registration.submission().submissionId(),
                    file.fileName(),
                    file.mediaType(),
                    file.size(),
                    file.sha256(),
                    file.storageKey(),
                    uploadedAt
                });
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                insert into attachment (id, submission_id, file_name, media_type, size_bytes, sha256, storage_key,
                    uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
