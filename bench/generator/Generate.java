import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a Suara database (migrated and seeded by the app's demo profile) with generated cases: submissions with their
 * receipts and attachment metadata, cases that walked their institution's real SOP (read from sop_version), their
 * histories, assignments, objections and satisfaction surveys, all written with COPY on one connection per table while
 * the tally and foreign-key triggers are off (session_replication_role = replica); then the tallies are rebuilt with
 * suara_rebuild_tallies(). Usage: see bench/generate.
 */
public final class Generate {

    static final UUID NIL = new UUID(0, 0);
    static final String[] TABLES = {"submission", "receipt", "attachment", "case_file", "case_event",
        "case_assignment", "case_objection", "satisfaction_survey"};
    static final String[] COLUMNS = {
        "id, institution_id, kind, channel, registration_year, registration_sequence, registration_number,"
                + " tracking_number, access_code_hash, complainant_type, complainant_name, complainant_organisation,"
                + " identity_number, address, phone, email, confidential, respondent, title, purpose, substance,"
                + " audience_requested_for, delegation_size, registered_at, registered_by, identity_number_hmac,"
                + " identity_encrypted, anonymous, language",
        "submission_id, issued_at, content",
        "id, submission_id, file_name, media_type, size_bytes, sha256, storage_key, internal, uploaded_at",
        "id, institution_id, kind, channel, registration_number, tracking_number, title, sop_version_id, current_step,"
                + " status, step_entered_at, step_due_at, assigned_unit_id, public_answer, answered_at,"
                + " audience_requested_for, registered_at, closed_at, version, search, merged_into, merged_at,"
                + " merged_due_at, supporters, category",
        "case_id, seq, occurred_at, actor_id, actor_name, actor_role, action, from_step, to_step, note, fields, due_at",
        "case_id, unit_id, assigned_at",
        "id, case_id, institution_id, objected_at, reason, from_step, reopen_step",
        "case_id, institution_id, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, solved, comment"};
    static final int SUBMISSION = 0, RECEIPT = 1, ATTACHMENT = 2, CASE = 3, EVENT = 4, ASSIGNMENT = 5, OBJECTION = 6,
            SURVEY = 7;
    /** KKA top-level subject codes (GOVDOCS §1.9) given to a share of cases as their category. */
    static final String[] CATEGORIES = {"000", "100", "400", "500", "600", "700", "800", "900"};
    static final String[] CHANNEL_ORDER = {"WEB", "SMS", "MOBILE_APP", "SOCIAL_MEDIA", "LETTER", "IN_PERSON", "RECESS"};
    static final int[] CHANNEL_WEIGHT = {34, 8, 16, 12, 12, 10, 8};

    // ---- what the database holds ------------------------------------------------------------------------------------

    static final class Institution {
        UUID id;
        String code, name, pattern;
        int offset; // seconds east of UTC (Indonesia has no daylight saving time)
        int weight;
        int index;
        List<Sop> sops = new ArrayList<>();
        List<UUID> units = new ArrayList<>(), handlingUnits = new ArrayList<>();
        Map<String, List<String[]>> staffByRole = new HashMap<>(); // role -> [id, name]
        List<String[]> staff = new ArrayList<>();
        int[] opens = new int[8], closes = new int[8]; // minutes of the day by ISO day of week; closes 0 = closed
        boolean[] working; // by epoch day - firstDay
        List<long[]> recesses = new ArrayList<>(); // [from epoch day, to epoch day]
        Map<Integer, Long> counters = new HashMap<>();
    }

    static final class Sop {
        UUID id;
        String code, reopenStep;
        List<String> channels = new ArrayList<>(), kinds = new ArrayList<>();
        boolean anonymousAllowed;
        List<Step> steps = new ArrayList<>();
        Map<String, Step> byCode = new HashMap<>();
    }

    static final class Step {
        String code, status, role;
        int index, amount;
        String unit; // MINUTES, HOURS, WORKING_DAYS, CALENDAR_DAYS or null
        boolean terminal;
        List<Transition> out = new ArrayList<>();
        Transition automatic;
    }

    static final class Transition {
        String action, condition, role;
        Step to;
        boolean assignUnit, publish;
    }

    static long firstDay;
    static List<Institution> institutions = new ArrayList<>();
    static Map<String, String> stems = new HashMap<>();
    static Map<String, Step> dummy = new HashMap<>();

    // ---- settings ---------------------------------------------------------------------------------------------------

    static int cases = 1_000_000, years = 3, threads = 2;
    static long seed = 1;
    static String url = "jdbc:postgresql://127.0.0.1:5432/suara_bench", user = "postgres", password = "";
    static byte[] masterKey;
    /** Generates without writing: the generator's own cost. */
    static boolean dry;
    /** Prints the tracking numbers and access codes of the first cases (of --seed) instead of loading. */
    static int listCodes;
    /** Prints this many public submissions (JSON, one a line) to the institution of --institution instead of loading. */
    static int submissions;
    static String institutionCode = "setwan-pekalongan";
    static long now;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--years" -> years = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--dry-run" -> dry = true;
                case "--list-codes" -> listCodes = Integer.parseInt(args[++i]);
                case "--submissions" -> submissions = Integer.parseInt(args[++i]);
                case "--institution" -> institutionCode = args[++i];
                case "--key" -> masterKey = Base64.getDecoder().decode(args[++i].strip());
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (listCodes > 0) {
            for (int n = 0; n < listCodes; n++) {
                var code = accessCode(n);
                System.out.println(trackingNumber(n) + " " + code.substring(0, 4) + "-" + code.substring(4, 8) + "-"
                        + code.substring(8, 12) + "-" + code.substring(12));
            }
            return;
        }
        if (submissions > 0) {
            printSubmissions();
            return;
        }
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("--key: the app's suara.crypto.key (32 bytes in base64) is required");
        }
        now = System.currentTimeMillis() / 1000;
        long started = System.nanoTime();
        try (var c = DriverManager.getConnection(url, user, password)) {
            checkKey(c);
            read(c);
            stems(c);
        }
        System.err.printf("read the institutions, SOPs and calendars in %.1f s%n", (System.nanoTime() - started) / 1e9);
        load();
    }

    static void checkKey(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery("select fingerprint from encryption_key where purpose = 'identity'")) {
            if (!rs.next()) {
                throw new IllegalStateException("Start Suara once on this database first (bench/generate does)");
            }
            var expected = HexFormat.of().formatHex(derive(masterKey, "suara key fingerprint v1"));
            if (!rs.getString(1).equals(expected)) {
                throw new IllegalStateException("--key is not the key this database's identities are encrypted with");
            }
        }
    }

    static void read(Connection c) throws SQLException {
        firstDay = LocalDate.now(ZoneId.of("UTC")).toEpochDay() - 366L * (years + 1);
        long lastDay = LocalDate.now(ZoneId.of("UTC")).toEpochDay() + 800;
        Map<UUID, Institution> byId = new LinkedHashMap<>();
        Map<String, Integer> weights = Map.of("dprd-kebumen", 34, "setwan-pekalongan", 22, "dpmd-kukar", 18,
                "diskominfo-demak", 26);
        try (var s = c.createStatement()) {
            try (var rs = s.executeQuery("select id, code, name, registration_pattern, time_zone from institution"
                    + " where code in ('dprd-kebumen', 'setwan-pekalongan', 'dpmd-kukar', 'diskominfo-demak')"
                    + " order by code")) {
                while (rs.next()) {
                    var i = new Institution();
                    i.id = rs.getObject(1, UUID.class);
                    i.code = rs.getString(2);
                    i.name = rs.getString(3);
                    i.pattern = rs.getString(4);
                    i.offset = ZoneId.of(rs.getString(5)).getRules().getOffset(java.time.Instant.now())
                            .getTotalSeconds();
                    i.weight = weights.get(i.code);
                    i.index = institutions.size();
                    Arrays.fill(i.opens, 8 * 60);
                    for (int d = 1; d <= 5; d++) {
                        i.closes[d] = 16 * 60;
                    }
                    institutions.add(i);
                    byId.put(i.id, i);
                }
            }
            if (institutions.size() != 4) {
                throw new IllegalStateException("The four demo institutions are missing: start Suara with the demo"
                        + " profile on this database first");
            }
            try (var rs = s.executeQuery("select institution_id, day_of_week, extract(hour from opens) * 60"
                    + " + extract(minute from opens), extract(hour from closes) * 60 + extract(minute from closes)"
                    + " from office_hours")) {
                var seen = new HashMap<UUID, Boolean>();
                while (rs.next()) {
                    var i = byId.get(rs.getObject(1, UUID.class));
                    if (i == null) continue;
                    if (seen.put(i.id, true) == null) {
                        Arrays.fill(i.closes, 0);
                    }
                    i.opens[rs.getInt(2)] = rs.getInt(3);
                    i.closes[rs.getInt(2)] = rs.getInt(4);
                }
            }
            for (var i : institutions) {
                i.working = new boolean[(int) (lastDay - firstDay)];
                for (int d = 0; d < i.working.length; d++) {
                    int dow = LocalDate.ofEpochDay(firstDay + d).getDayOfWeek().getValue();
                    i.working[d] = dow <= 5;
                }
            }
            try (var rs = s.executeQuery("select institution_id, date, type from holiday order by type = 'WORKING_DAY'")) {
                while (rs.next()) {
                    var inst = rs.getObject(1, UUID.class);
                    int d = (int) (rs.getDate(2).toLocalDate().toEpochDay() - firstDay);
                    boolean workingDay = rs.getString(3).equals("WORKING_DAY");
                    for (var i : institutions) {
                        if ((inst == null || inst.equals(i.id)) && d >= 0 && d < i.working.length) {
                            i.working[d] = workingDay;
                        }
                    }
                }
            }
            try (var rs = s.executeQuery("select institution_id, id, type from unit order by name")) {
                while (rs.next()) {
                    var i = byId.get(rs.getObject(1, UUID.class));
                    if (i == null) continue;
                    var id = rs.getObject(2, UUID.class);
                    i.units.add(id);
                    if (List.of("COUNCIL_ORGAN", "LEADERSHIP", "GOVERNMENT_OFFICE", "DIVISION").contains(rs.getString(3))) {
                        i.handlingUnits.add(id);
                    }
                }
            }
            try (var rs = s.executeQuery("select a.institution_id, a.id, a.display_name, r.role from staff_account a"
                    + " join staff_role r on r.account_id = a.id where a.institution_id is not null")) {
                while (rs.next()) {
                    var i = byId.get(rs.getObject(1, UUID.class));
                    if (i == null) continue;
                    var member = new String[] {rs.getString(2), rs.getString(3)};
                    i.staffByRole.computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).add(member);
                    i.staff.add(member);
                }
            }
            try (var rs = s.executeQuery("select institution_id, starts_on, ends_on, year from sitting_period"
                    + " where kind = 'RECESS'")) {
                while (rs.next()) {
                    var i = byId.get(rs.getObject(1, UUID.class));
                    if (i == null) continue;
                    // the same weeks in every generated year
                    for (int y = -years; y <= 0; y++) {
                        i.recesses.add(new long[] {rs.getDate(2).toLocalDate().plusYears(y).toEpochDay(),
                            rs.getDate(3).toLocalDate().plusYears(y).toEpochDay()});
                    }
                }
            }
            try (var rs = s.executeQuery("select institution_id, year, last_value from registration_counter")) {
                while (rs.next()) {
                    var i = byId.get(rs.getObject(1, UUID.class));
                    if (i != null) i.counters.put(rs.getInt(2), rs.getLong(3));
                }
            }
            Map<UUID, Sop> sops = new HashMap<>();
            try (var rs = s.executeQuery("select id, institution_id, code, coalesce((definition->>'anonymousAllowed')::boolean,"
                    + " false), definition->>'reopenStep', array(select jsonb_array_elements_text(definition->'channels')),"
                    + " array(select jsonb_array_elements_text(definition->'kinds')) from sop_version where status = 'ACTIVE'"
                    + " order by code")) {
                while (rs.next()) {
                    var i = byId.get(rs.getObject(2, UUID.class));
                    if (i == null) continue;
                    var sop = new Sop();
                    sop.id = rs.getObject(1, UUID.class);
                    sop.code = rs.getString(3);
                    sop.anonymousAllowed = rs.getBoolean(4);
                    sop.reopenStep = rs.getString(5);
                    sop.channels = List.of((String[]) rs.getArray(6).getArray());
                    sop.kinds = List.of((String[]) rs.getArray(7).getArray());
                    i.sops.add(sop);
                    sops.put(sop.id, sop);
                }
            }
            try (var rs = s.executeQuery("select v.id, st->>'code', st->>'status', coalesce((st->>'terminal')::boolean, false),"
                    + " (st->'timeLimit'->>'amount')::int, st->'timeLimit'->>'unit', st->'roles'->>0"
                    + " from sop_version v, jsonb_array_elements(v.definition->'steps') with ordinality as x(st, n)"
                    + " where v.status = 'ACTIVE' order by v.id, x.n")) {
                while (rs.next()) {
                    var sop = sops.get(rs.getObject(1, UUID.class));
                    if (sop == null) continue;
                    var step = new Step();
                    step.code = rs.getString(2);
                    step.status = rs.getString(3);
                    step.terminal = rs.getBoolean(4);
                    step.amount = rs.getInt(5);
                    step.unit = rs.getString(6);
                    step.role = rs.getString(7);
                    step.index = sop.steps.size();
                    sop.steps.add(step);
                    sop.byCode.put(step.code, step);
                }
            }
            try (var rs = s.executeQuery("select v.id, t->>'from', t->>'action', t->>'to', t->>'condition',"
                    + " coalesce((t->>'automatic')::boolean, false),"
                    + " exists (select 1 from jsonb_array_elements(t->'fields') f where f->>'effect' = 'ASSIGN_UNIT'),"
                    + " exists (select 1 from jsonb_array_elements(t->'fields') f where f->>'effect' = 'PUBLISH_ANSWER'),"
                    + " t->'roles'->>0 from sop_version v, jsonb_array_elements(v.definition->'transitions')"
                    + " with ordinality as x(t, n) where v.status = 'ACTIVE' order by v.id, x.n")) {
                while (rs.next()) {
                    var sop = sops.get(rs.getObject(1, UUID.class));
                    if (sop == null) continue;
                    var from = sop.byCode.get(rs.getString(2));
                    var t = new Transition();
                    t.action = rs.getString(3);
                    t.to = sop.byCode.get(rs.getString(4));
                    t.condition = rs.getString(5);
                    t.assignUnit = rs.getBoolean(7);
                    t.publish = rs.getBoolean(8);
                    t.role = rs.getString(9);
                    if (from == null || t.to == null) continue;
                    if (rs.getBoolean(6)) {
                        if (from.automatic == null) from.automatic = t;
                    } else {
                        from.out.add(t);
                    }
                }
            }
        }
    }

    /** The Indonesian stem of every word the texts use, as PostgreSQL's 'indonesian' configuration gives it. */
    static void stems(Connection c) throws SQLException {
        var words = new java.util.TreeSet<String>();
        for (var text : Words.all()) {
            for (var w : text.toLowerCase().split("[^a-z0-9]+")) {
                if (!w.isEmpty()) words.add(w);
            }
        }
        try (var p = c.prepareStatement("select w, array_to_string(tsvector_to_array(to_tsvector('indonesian', w)), ' ')"
                + " from unnest(?::text[]) w")) {
            p.setArray(1, c.createArrayOf("text", words.toArray()));
            try (var rs = p.executeQuery()) {
                while (rs.next()) {
                    stems.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    // ---- the load ---------------------------------------------------------------------------------------------------

    /** A buffer of COPY text for one table, or the end of it (an empty buffer). */
    static final ByteBuffer END = ByteBuffer.allocate(0);

    static void load() throws Exception {
        long t0 = System.nanoTime();
        // registration instants, in time order, each with its institution: numbers follow that order
        var rnd = new SplittableRandom(seed);
        long[] keyed = new long[cases];
        int totalWeight = institutions.stream().mapToInt(i -> i.weight).sum();
        long from = now - years * 365L * 86400;
        for (int n = 0; n < cases; n++) {
            int w = rnd.nextInt(totalWeight), k = 0;
            while (w >= institutions.get(k).weight) w -= institutions.get(k++).weight;
            var inst = institutions.get(k);
            long t = registrationInstant(rnd, inst, from);
            keyed[n] = t * 4 + k;
        }
        Arrays.sort(keyed);
        long[] sequence = new long[cases];
        int[] years = new int[cases];
        for (int n = 0; n < cases; n++) {
            var inst = institutions.get((int) (keyed[n] & 3));
            long local = (keyed[n] >> 2) + inst.offset;
            int year = LocalDate.ofEpochDay(Math.floorDiv(local, 86400)).getYear();
            years[n] = year;
            sequence[n] = inst.counters.merge(year, 1L, Long::sum);
        }

        var connections = new ArrayList<Connection>();
        var queues = new ArrayList<BlockingQueue<ByteBuffer>>();
        var writers = new ArrayList<Thread>();
        var failure = new AtomicReference<Throwable>();
        long[] rows = new long[TABLES.length];
        for (int t = 0; t < TABLES.length; t++) {
            var c = dry ? null : DriverManager.getConnection(url, user, password);
            if (c != null) {
                c.setAutoCommit(false);
                try (var s = c.createStatement()) {
                    s.execute("set session_replication_role = replica");
                    s.execute("set synchronous_commit = off");
                }
                connections.add(c);
            }
            var queue = new ArrayBlockingQueue<ByteBuffer>(16);
            queues.add(queue);
            final int table = t;
            var writer = new Thread(() -> {
                try {
                    if (c == null) {
                        while (true) {
                            var b = queue.take();
                            if (b == END) return;
                            rows[table] += b.limit();
                        }
                    }
                    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("copy " + TABLES[table] + " (" + COLUMNS[table] + ") from stdin");
                    while (true) {
                        var b = queue.take();
                        if (b == END) break;
                        copy.writeToCopy(b.array(), 0, b.limit());
                    }
                    rows[table] = copy.endCopy();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    queue.clear();
                    while (true) { // keep draining so that producers never block
                        try {
                            if (queue.take() == END) break;
                        } catch (InterruptedException ie) {
                            break;
                        }
                    }
                }
            }, "copy-" + TABLES[table]);
            writer.start();
            writers.add(writer);
        }

        int chunk = 2000;
        int chunks = (cases + chunk - 1) / chunk;
        var next = new AtomicInteger();
        var producers = new ArrayList<Thread>();
        for (int p = 0; p < threads; p++) {
            var producer = new Thread(() -> {
                try {
                    var cipher = new Sealer(masterKey);
                    int k;
                    while ((k = next.getAndIncrement()) < chunks && failure.get() == null) {
                        var out = new Out(chunk);
                        var r = new SplittableRandom(seed * 1_000_003L + k);
                        int end = Math.min(cases, (k + 1) * chunk);
                        var recent = new ArrayList<List<Integer>>();
                        for (int i = 0; i < 4; i++) recent.add(new ArrayList<>());
                        for (int n = k * chunk; n < end; n++) {
                            var inst = institutions.get((int) (keyed[n] & 3));
                            long t = keyed[n] >> 2;
                            var mainCases = recent.get(inst.index);
                            int main = -1;
                            if (!mainCases.isEmpty() && r.nextInt(1000) < 25) {
                                main = mainCases.get(Math.max(0, mainCases.size() - 1 - r.nextInt(Math.min(40, mainCases.size()))));
                            }
                            boolean merged = generateCase(out, r, cipher, inst, n, t, years[n], sequence[n], main);
                            if (!merged) {
                                mainCases.add(n);
                            }
                        }
                        for (int table = 0; table < TABLES.length; table++) {
                            var bytes = out.buffer(table);
                            if (bytes.limit() > 0) queues.get(table).put(bytes);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "generate-" + p);
            producer.start();
            producers.add(producer);
        }
        for (var p : producers) p.join();
        for (var q : queues) q.put(END);
        for (var w : writers) w.join();
        if (dry) {
            System.err.printf("generated %d cases without writing them in %.1f s (bytes: %s)%n", cases,
                    (System.nanoTime() - t0) / 1e9, counts(rows));
            return;
        }
        if (failure.get() != null) {
            for (var c : connections) c.rollback();
            throw new IllegalStateException("The load failed; nothing was committed", failure.get());
        }
        for (var c : connections) {
            c.commit();
            c.close();
        }
        long t1 = System.nanoTime();
        System.err.printf("COPY of %d cases: %.1f s (%s)%n", cases, (t1 - t0) / 1e9, counts(rows));
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            var counters = new StringBuilder();
            for (var i : institutions) {
                for (var e : i.counters.entrySet()) {
                    counters.append(counters.isEmpty() ? "" : ", ").append("('").append(i.id).append("', ")
                            .append(e.getKey()).append(", ").append(e.getValue()).append(")");
                }
            }
            s.execute("insert into registration_counter (institution_id, year, last_value) values " + counters
                    + " on conflict (institution_id, year) do update set last_value = excluded.last_value");
        }
        System.out.printf("loaded %d cases in %.1f s%n", cases, (t1 - t0) / 1e9);
    }

    static String counts(long[] rows) {
        var s = new StringBuilder();
        for (int t = 0; t < TABLES.length; t++) {
            s.append(t == 0 ? "" : ", ").append(TABLES[t]).append(' ').append(rows[t]);
        }
        return s.toString();
    }

    /**
     * Public submissions as the web form's JSON API takes them (POST /api/v1/submissions), one a line, with the same
     * text, names and shares as the generated cases' web submissions (complaints and aspirations, 7 % confidential, a
     * third without e-mail; none anonymous, which three of the four demo institutions' procedures refuse), so that the
     * benchmark's submissions are as varied as the cases it loads.
     */
    static void printSubmissions() {
        if (!Words.VILLAGES.containsKey(institutionCode)) {
            throw new IllegalArgumentException("--institution: one of " + Words.VILLAGES.keySet());
        }
        var r = new SplittableRandom(seed * 31 + 7);
        var out = new StringBuilder(1 << 16);
        for (int n = 0; n < submissions; n++) {
            var kind = r.nextInt(92) < 50 ? "COMPLAINT" : "ASPIRATION";
            var text = Words.text(r, institutionCode, kind);
            var j = new StringBuilder(1600).append("{\"institution\":");
            json(j, institutionCode).append(",\"kind\":\"").append(kind).append("\",\"channel\":\"WEB\",");
            var p = person(r, institutionCode);
            j.append("\"complainant\":{\"type\":\"INDIVIDUAL\",\"name\":");
            json(j, p.name()).append(",\"identityNumber\":\"").append(p.nik()).append("\",\"address\":");
            json(j, p.address()).append(",\"phone\":");
            json(j, p.phone());
            if (p.email() != null) {
                j.append(",\"email\":");
                json(j, p.email());
            }
            j.append("},\"confidential\":").append(r.nextInt(100) < 7).append(',');
            j.append("\"respondent\":");
            json(j, text[3]).append(",\"title\":");
            json(j, text[0]).append(",\"purpose\":");
            json(j, text[1]).append(",\"substance\":");
            json(j, text[2]).append("}\n");
            out.append(j);
        }
        System.out.print(out);
    }

    /** A complainant: name, identity number (NIK), address, phone, and an e-mail address for two in three. */
    record Person(String name, String nik, String address, String phone, String email) {}

    static Person person(SplittableRandom r, String institution) {
        var name = Words.name(r);
        int regency = r.nextInt(1, 30), district = r.nextInt(1, 20), born = r.nextInt(1_000_000),
                serial = r.nextInt(1, 9999);
        var nik = padded(padded(padded(padded(new StringBuilder(16).append("33"), regency, 2), district, 2), born, 6),
                serial, 4).toString();
        var address = "Dusun " + Words.pick(r, Words.VILLAGES.get(institution)) + " RT " + (1 + r.nextInt(9))
                + " RW " + (1 + r.nextInt(6)) + ", " + Words.place(r, institution);
        var phone = "+62 8" + (11 + r.nextInt(40)) + " " + (1000 + r.nextInt(9000)) + " " + (1000 + r.nextInt(9000));
        var email = r.nextInt(3) == 0 ? null
                : name.toLowerCase().replace(' ', '.') + (r.nextInt(900) + 100) + "@contoh.id";
        return new Person(name, nik, address, phone, email);
    }

    /** Appends s as a JSON string. */
    static StringBuilder json(StringBuilder j, String s) {
        j.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                case '\n' -> j.append("\\n");
                default -> {
                    if (c < 0x20) j.append(String.format("\\u%04x", (int) c));
                    else j.append(c);
                }
            }
        }
        return j.append('"');
    }

    /** An instant in the last years on a working day's office hours mostly, sometimes in the evening or at weekends. */
    static long registrationInstant(SplittableRandom r, Institution inst, long from) {
        while (true) {
            long t = from + (long) (r.nextDouble() * (now - from));
            long local = t + inst.offset;
            int day = (int) (Math.floorDiv(local, 86400) - firstDay);
            boolean working = inst.working[day];
            if (!working && r.nextInt(100) >= 12) continue;
            int minute = (int) (Math.floorMod(local, 86400) / 60);
            boolean office = minute >= 7 * 60 && minute < 17 * 60;
            if (!office && r.nextInt(100) >= 15) continue;
            return t;
        }
    }

    // ---- one case ---------------------------------------------------------------------------------------------------

    static UUID uuid(long n, long salt) {
        long a = mix(seed * 0x9E3779B97F4A7C15L + n * 31 + salt), b = mix(a ^ (n + 0x632BE59BD9B4E019L * (salt + 1)));
        a = (a & 0xffffffffffff0fffL) | 0x0000000000004000L;
        b = (b & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(a, b);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /**
     * A tracking number unique by the case's position (30 bits of it in six characters) whose every part starts with a
     * letter, so that the search vector's parse of it is always the same (whole, "sr", then each part).
     */
    static String trackingNumber(long n) {
        long h = mix(n * 0x2545F4914F6CDD1DL + seed * 77 + 12345);
        var c = new char[10];
        for (int i = 0; i < 10; i++) {
            c[i] = CROCKFORD[(int) ((h >>> (5 * i)) & 31)];
        }
        c[0] = CROCKFORD[10 + (int) Math.floorMod(h >>> 50, 22)];
        c[4] = CROCKFORD[10 + (int) Math.floorMod(h >>> 55, 22)];
        c[8] = CROCKFORD[10 + (int) Math.floorMod(h >>> 59, 22)];
        int[] carry = {1, 2, 3, 5, 6, 7};
        long v = n ^ (mix(seed + 31) & ((1L << 30) - 1)); // still one number per position, not all zeros at first
        for (int position : carry) {
            c[position] = CROCKFORD[(int) (v & 31)];
            v >>>= 5;
        }
        String s = new String(c);
        return "SR-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
    }

    /**
     * The case's access code, normalised (16 Crockford characters, as TrackingCodes normalises what a complainant
     * types): derived from the seed and the case's position, so that a benchmark can track generated cases
     * ({@code --list-codes N} prints the first N tracking numbers with their codes).
     */
    static String accessCode(long n) {
        long a = mix(seed * 0x5851F42D4C957F2DL + n * 0x14057B7EF767814FL + 99), b = mix(a + n);
        var c = new char[16];
        for (int i = 0; i < 16; i++) {
            c[i] = CROCKFORD[(int) (((i < 12 ? a >>> (5 * i) : b >>> (5 * (i - 12)))) & 31)];
        }
        return new String(c);
    }

    static boolean hasLetter(char[] c, int from, int to) {
        for (int i = from; i < to; i++) if (c[i] > '9') return true;
        return false;
    }

    static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("\\{(seq|year|month|romanMonth|kind)(?::(\\d+))?}");
    static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    static String registrationNumber(Institution inst, long sequence, int year, int month, String kind) {
        var m = TOKEN.matcher(inst.pattern);
        var out = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "year" -> Integer.toString(year);
                case "month" -> padded(new StringBuilder(2), month, 2).toString();
                case "romanMonth" -> ROMAN[month - 1];
                case "kind" -> switch (kind) {
                    case "ASPIRATION" -> "ASP";
                    case "COMPLAINT" -> "PGD";
                    case "CARBON_COPY" -> "TBS";
                    default -> "PGL";
                };
                default -> m.group(2) == null ? Long.toString(sequence)
                        : padded(new StringBuilder(), sequence, Integer.parseInt(m.group(2))).toString();
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Writes one case and everything that belongs to it; true when it was merged into {@code main}. */
    static boolean generateCase(Out out, SplittableRandom r, Sealer cipher, Institution inst, int n, long t,
            int year, long sequence, int main) throws Exception {
        // kind, channel and the SOP that takes them
        String channel;
        Sop sop;
        String kind;
        while (true) {
            int w = r.nextInt(100);
            kind = w < 50 ? "COMPLAINT" : w < 92 ? "ASPIRATION" : "CARBON_COPY";
            int cw = r.nextInt(100), k = 0;
            while (cw >= CHANNEL_WEIGHT[k]) cw -= CHANNEL_WEIGHT[k++];
            channel = CHANNEL_ORDER[k];
            if (channel.equals("RECESS") && r.nextInt(10) == 0) kind = "SERVICE_COMPLAINT";
            sop = null;
            for (var s : inst.sops) {
                if (s.channels.contains(channel) && s.kinds.contains(kind)) {
                    sop = s;
                    break;
                }
            }
            if (sop != null) break;
        }
        if (channel.equals("RECESS") && !inst.recesses.isEmpty()) {
            // aspirations gathered in a recess week: moved into the nearest recess before the drawn moment
            long day = Math.floorDiv(t + inst.offset, 86400);
            long best = -1;
            for (var p : inst.recesses) {
                if (p[0] <= day && p[0] > best) best = p[0] + Math.min(p[1] - p[0], r.nextInt(6));
            }
            if (best > 0) {
                long candidate = best * 86400 - inst.offset + (9 * 60 + r.nextInt(6 * 60)) * 60L;
                if (candidate < t) t = candidate;
            }
        }
        var id = uuid(n, 1);
        var ids = id.toString();
        var tracking = trackingNumber(n);
        long local = t + inst.offset;
        int month = LocalDate.ofEpochDay(Math.floorDiv(local, 86400)).getMonthValue();
        var number = registrationNumber(inst, sequence, year, month, kind);
        boolean byStaff = channel.equals("LETTER") || channel.equals("IN_PERSON") || channel.equals("RECESS");
        String[] registrar = byStaff ? staff(r, inst, "OFFICER") : null;
        boolean anonymous = sop.anonymousAllowed && !byStaff && r.nextInt(100) < 12;
        boolean confidential = !anonymous && r.nextInt(100) < 7;
        boolean organisation = !anonymous && r.nextInt(100) < 12;
        var text = Words.text(r, inst.code, kind);

        // ---- submission
        var s = out.line(SUBMISSION);
        s.uuid(ids).uuid(inst.id.toString()).text(kind).text(channel).num(year).num(sequence).text(number)
                .text(tracking).bytea(sha256(accessCode(n))).text(organisation ? (r.nextInt(4) == 0 ? "INSTITUTION" : "GROUP") : "INDIVIDUAL");
        String hmac = null;
        if (anonymous) {
            s.nul().nul().nul().nul().nul().nul();
        } else {
            var p = person(r, inst.code);
            var nik = p.nik();
            s.text(cipher.seal(p.name(), "complainant_name", ids))
                    .text(organisation ? cipher.seal(Words.pick(r, Words.ORGANISATIONS), "complainant_organisation", ids) : null)
                    .text(cipher.seal(nik, "identity_number", ids)).text(cipher.seal(p.address(), "address", ids))
                    .text(cipher.seal(p.phone(), "phone", ids))
                    .text(p.email() == null ? null : cipher.seal(p.email(), "email", ids));
            hmac = cipher.blindIndex(nik);
        }
        boolean audience = channel.equals("IN_PERSON") && r.nextInt(4) == 0;
        long audienceAt = audience ? workingInstant(inst, t + 86400L * (3 + r.nextInt(10)), r) : 0;
        s.bool(confidential).text(text[3]).text(text[0]).text(text[1]).text(text[2])
                .ts(audience ? audienceAt : -1).text(audience ? Integer.toString(2 + r.nextInt(20)) : null).ts(t)
                .uuid(registrar == null ? null : registrar[0]).text(hmac).bool(true).bool(anonymous).text("id").end();

        // ---- receipt and attachments
        int files = channel.equals("LETTER") ? 1 + r.nextInt(3) : r.nextInt(100) < 30 ? 1 + r.nextInt(2) : 0;
        var attachments = new StringBuilder("[");
        for (int f = 0; f < files; f++) {
            var name = Words.pick(r, Words.FILE_TYPES);
            var media = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png" : "image/jpeg";
            var key = uuid(n, 100 + f).toString();
            out.line(ATTACHMENT).uuid(uuid(n, 200 + f).toString()).uuid(ids).text(name).text(media)
                    .num(20_000 + r.nextInt(4_000_000)).text(HexFormat.of().formatHex(sha256(key))).text(key)
                    .bool(false).ts(t).end();
            attachments.append(f == 0 ? "" : ", ").append("{\"fileName\": \"").append(name).append("\"}");
        }
        attachments.append(']');
        out.line(RECEIPT).uuid(ids).ts(t).text("{\"kind\": \"" + kind + "\", \"title\": \"" + text[0]
                + "\", \"channel\": \"" + channel + "\", \"receivedAt\": \"" + iso(t) + "\", \"attachments\": "
                + attachments + ", \"institution\": \"" + inst.name + "\", \"trackingNumber\": \"" + tracking
                + "\", \"registrationNumber\": \"" + number + "\"}").end();

        // ---- the case walks its SOP
        var w = new Walk(out, inst, sop, ids, t);
        var first = sop.steps.get(0);
        w.enter(first, t);
        w.event(t, registrar == null ? null : registrar[0], registrar == null ? "Pengadu" : registrar[1], "COMPLAINANT",
                "submitted", null, first.code, registrar == null ? null : "Registered by staff on the complainant's behalf",
                "{}");
        var step = first;
        while (step.automatic != null && !step.terminal) {
            var to = step.automatic.to;
            w.enter(to, t);
            w.event(t, null, "Suara", "SYSTEM", step.automatic.action, step.code, to.code, null, "{}");
            step = to;
        }
        long age = now - t;
        // how far the case gets: old cases mostly end, recent ones are still on their way
        boolean stalls = r.nextInt(1000) < (age > 120 * 86400L ? 40 : 150);
        int stallAfter = stalls ? r.nextInt(sop.steps.size()) : Integer.MAX_VALUE;
        boolean objectionDone = false;
        int moves = 0;
        long clock = t;
        boolean wasMerged = false;
        if (main >= 0) {
            // a duplicate merged into an earlier case of the same institution within hours or days
            long at = workingInstant(inst, t + 3600L * (1 + r.nextInt(60)), r);
            if (at < now) {
                var mainId = uuid(main, 1).toString();
                var actor = staff(r, inst, step.role);
                w.mergedInto = mainId;
                w.mergedAt = at;
                w.mergedDue = w.due;
                w.due = -1;
                w.closed = at;
                w.event(at, actor[0], actor[1], actor[2], "merged", step.code, step.code, null,
                        "{\"mainCaseId\": \"" + mainId + "\"}");
                wasMerged = true;
            }
        }
        while (!wasMerged && !step.terminal && !step.out.isEmpty() && moves < 40) {
            if (moves >= stallAfter) break;
            Transition next = choose(r, step);
            long delay = delay(r, inst, step, w.enteredAt);
            long at = delay;
            if (at > now) break; // not done yet: the case waits at this step (overdue when its due time has passed)
            var actor = staff(r, inst, next.role != null ? next.role : step.role);
            String fields = "{}";
            var to = next.to;
            if (next.assignUnit && !inst.handlingUnits.isEmpty()) {
                var unit = inst.handlingUnits.get(r.nextInt(inst.handlingUnits.size())).toString();
                w.unit = unit;
                fields = "{\"assignedUnit\": \"" + unit + "\"}";
                if (w.assigned.add(unit)) {
                    out.line(ASSIGNMENT).uuid(ids).uuid(unit).ts(at).end();
                }
            }
            if (next.publish) {
                w.answer = Words.answer(r, kind);
                w.answeredAt = at;
            }
            w.enter(to, at);
            w.event(at, actor[0], actor[1], actor[2], next.action, step.code, to.code, null, fields);
            step = to;
            clock = at;
            moves++;
            // a complainant objects to the answer now and then: the case reopens at the step its SOP names
            if (!objectionDone && w.answeredAt > 0 && (step.terminal || step.status.equals("ANSWERED"))
                    && sop.reopenStep != null && sop.byCode.containsKey(sop.reopenStep) && r.nextInt(1000) < 35) {
                objectionDone = true;
                long objected = workingInstant(inst, clock + 86400L * (1 + r.nextInt(8)), r);
                if (objected < now) {
                    var reopen = sop.byCode.get(sop.reopenStep);
                    var reason = "Jawaban belum menyelesaikan masalah karena " + Words.pick(r, Words.INFRASTRUCTURE)
                            + " masih " + Words.pick(r, Words.PROBLEMS) + ".";
                    out.line(OBJECTION).uuid(uuid(n, 300).toString()).uuid(ids).uuid(inst.id.toString()).ts(objected)
                            .text(reason).text(step.code).text(reopen.code).end();
                    w.closed = -1;
                    w.enter(reopen, objected);
                    w.event(objected, null, "Pengadu", "COMPLAINANT", "complainant-objected", step.code, reopen.code,
                            reason, "{\"reopened\": true}");
                    step = reopen;
                    clock = objected;
                }
            }
        }
        // a share of the answered complainants fill in the satisfaction survey (IKM)
        if (!wasMerged && w.answeredAt > 0 && r.nextInt(100) < 30) {
            long at = Math.max(w.answeredAt, clock) + 3600L * (2 + r.nextInt(100));
            if (at < now) {
                int base = 2 + r.nextInt(3);
                var line = out.line(SURVEY).uuid(ids).uuid(inst.id.toString()).ts(at);
                for (int u = 0; u < 9; u++) {
                    line.num(Math.max(1, Math.min(4, base + r.nextInt(3) - 1)));
                }
                line.bool(base >= 3).text(r.nextInt(3) == 0 ? "Pelayanan cukup baik, semoga lebih cepat lagi." : null).end();
                w.event(at, null, "Pengadu", "COMPLAINANT", "survey-submitted", null, null, null, "{}");
            }
        }

        // ---- the case row, as the walk left it
        var c = out.line(CASE);
        c.uuid(ids).uuid(inst.id.toString()).text(kind).text(channel).text(number).text(tracking).text(text[0])
                .uuid(sop.id.toString()).text(step.code).text(w.step.status).ts(w.enteredAt).ts(w.due)
                .uuid(w.unit).text(w.answer).ts(w.answeredAt).ts(audience ? audienceAt : -1).ts(t).ts(w.closed)
                .num(w.seq).text(search(number, tracking, String.join(" ", text[0], text[1], text[2], text[3])))
                .uuid(w.mergedInto).ts(w.mergedInto == null ? -1 : w.mergedAt).ts(w.mergedInto == null ? -1 : w.mergedDue)
                .num(r.nextInt(100) < 5 ? 1 + r.nextInt(30) : 0)
                .text(r.nextInt(100) < 40 ? CATEGORIES[r.nextInt(CATEGORIES.length)] : null).end();
        return wasMerged;
    }

    static String[] staff(SplittableRandom r, Institution inst, String role) {
        var members = role == null ? null : inst.staffByRole.get(role);
        if (members == null || members.isEmpty()) {
            var m = inst.staff.get(r.nextInt(inst.staff.size()));
            return new String[] {m[0], m[1], role == null ? "OFFICER" : role};
        }
        var m = members.get(r.nextInt(members.size()));
        return new String[] {m[0], m[1], role};
    }

    /** The next move: mostly along the SOP's main line, sometimes a refusal or a loop back. */
    static Transition choose(SplittableRandom r, Step step) {
        if (step.out.size() == 1) return step.out.get(0);
        var forward = new ArrayList<Transition>();
        var other = new ArrayList<Transition>();
        for (var t : step.out) {
            boolean refusal = "REQUIREMENTS_NOT_MET".equals(t.condition) || t.to.terminal && !t.to.status.equals("COMPLETED");
            if (!refusal && t.to.index > step.index) forward.add(t);
            else other.add(t);
        }
        if (forward.isEmpty() || !other.isEmpty() && r.nextInt(100) < 6) {
            return other.isEmpty() ? forward.get(r.nextInt(forward.size())) : other.get(r.nextInt(other.size()));
        }
        return forward.get(r.nextInt(100) < 80 ? 0 : r.nextInt(forward.size()));
    }

    /** When a step entered at {@code entered} is done: mostly within its limit, sometimes late. */
    static long delay(SplittableRandom r, Institution inst, Step step, long entered) {
        boolean late = r.nextInt(100) < 14;
        long officeMinutes;
        if (step.unit == null || step.amount == 0) {
            officeMinutes = step.unit == null ? 10 + r.nextInt(3 * 420) : 1 + r.nextInt(late ? 600 : 20);
        } else {
            long limit = switch (step.unit) {
                case "MINUTES" -> step.amount;
                case "HOURS" -> step.amount * 60L;
                case "WORKING_DAYS" -> step.amount * 420L;
                default -> step.amount * 300L;
            };
            officeMinutes = late ? limit + 1 + (long) (r.nextDouble() * Math.max(60, limit * 2))
                    : 1 + (long) (r.nextDouble() * limit * 0.9);
        }
        return afterOfficeTime(inst, entered, officeMinutes * 60 + r.nextInt(60));
    }

    /** The first office moment at or after {@code t}, give or take a few minutes. */
    static long workingInstant(Institution inst, long t, SplittableRandom r) {
        return afterOfficeTime(inst, t, r.nextInt(120) * 60L);
    }

    // ---- the institution's clock, as DeadlineCalculator counts it --------------------------------------------------

    static int dow(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7) + 1; // 1970-01-01 was a Thursday
    }

    static boolean working(Institution inst, long epochDay) {
        int d = (int) (epochDay - firstDay);
        return d >= 0 && d < inst.working.length ? inst.working[d] : dow(epochDay) <= 5;
    }

    /** Office seconds after {@code t}: the office-hours window of working days only. */
    static long afterOfficeTime(Institution inst, long t, long seconds) {
        long local = t + inst.offset;
        long day = Math.floorDiv(local, 86400);
        long from = Math.floorMod(local, 86400);
        long owed = seconds;
        for (int guard = 0; guard < 4000; guard++) {
            int d = dow(day);
            long opens = inst.opens[d] * 60L, closes = inst.closes[d] * 60L;
            if (working(inst, day) && closes > 0 && from < closes) {
                long start = Math.max(from, opens);
                long available = closes - start;
                if (owed <= available) return day * 86400 + start + owed - inst.offset;
                owed -= available;
            }
            day++;
            from = 0;
        }
        throw new IllegalStateException("no office hours");
    }

    static long closingOf(Institution inst, long day) {
        int d = dow(day);
        long closes = inst.closes[d] * 60L;
        return closes == 0 ? day * 86400 + 86399 - inst.offset : day * 86400 + closes - inst.offset;
    }

    static long dueAt(Institution inst, Step step, long start) {
        if (step.terminal || step.unit == null) return -1;
        if (step.amount == 0) return start;
        long day = Math.floorDiv(start + inst.offset, 86400);
        return switch (step.unit) {
            case "MINUTES" -> afterOfficeTime(inst, start, step.amount * 60L);
            case "HOURS" -> afterOfficeTime(inst, start, step.amount * 3600L);
            case "WORKING_DAYS" -> {
                int counted = 0;
                while (counted < step.amount) {
                    day++;
                    if (working(inst, day)) counted++;
                }
                yield closingOf(inst, day);
            }
            default -> {
                day += step.amount;
                while (!working(inst, day)) day++;
                yield closingOf(inst, day);
            }
        };
    }

    /** A case's state as it walks, and its history rows. */
    static final class Walk {
        final Out out;
        final Institution inst;
        final String id;
        Step step;
        long enteredAt, due = -1, answeredAt = -1, closed = -1, mergedAt = -1, mergedDue = -1;
        String unit, answer, mergedInto;
        int seq;
        java.util.Set<String> assigned = new java.util.HashSet<>(2);

        Walk(Out out, Institution inst, Sop sop, String id, long t) {
            this.out = out;
            this.inst = inst;
            this.id = id;
        }

        void enter(Step to, long at) {
            step = to;
            enteredAt = at;
            due = dueAt(inst, to, at);
            if (to.terminal) closed = at;
        }

        void event(long at, String actorId, String actorName, String role, String action, String from, String to,
                String note, String fields) {
            out.line(EVENT).uuid(id).num(++seq).ts(at).uuid(actorId).text(actorName).text(role).text(action)
                    .text(from).text(to).text(note).text(fields).ts(due).end();
        }
    }

    // ---- the search vector, as PostgreSQL computes it for a new case ---------------------------------------------------

    /**
     * setweight(to_tsvector('simple', number), 'A') || setweight(to_tsvector('simple', tracking), 'A') ||
     * to_tsvector('indonesian', text), built from the stems PostgreSQL gave for every word the texts use.
     */
    static String search(String number, String tracking, String text) {
        var v = new StringBuilder(text.length() + 200);
        int pos = 0;
        if (number.indexOf('/') >= 0) {
            lexeme(v, number.toLowerCase(), ++pos, true); // a file-path-like token
        } else {
            var parts = number.toLowerCase().split("-");
            lexeme(v, parts[0], ++pos, true);
            for (int i = 1; i < parts.length; i++) lexeme(v, "-" + parts[i], ++pos, true);
        }
        var t = tracking.toLowerCase();
        lexeme(v, t, ++pos, true);
        for (var part : t.split("-")) lexeme(v, part, ++pos, true);
        int start = 0, n = text.length();
        boolean upper = false;
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? text.charAt(i) : ' ';
            boolean capital = ch >= 'A' && ch <= 'Z';
            boolean word = capital || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            upper |= capital;
            if (!word) {
                if (i > start) {
                    // lower-cased only when it has a capital: the same word, without a copy for most words
                    var w = upper ? text.substring(start, i).toLowerCase() : text.substring(start, i);
                    var stem = stems.getOrDefault(w, w);
                    ++pos;
                    if (!stem.isEmpty()) lexeme(v, stem, pos, false);
                }
                start = i + 1;
                upper = false;
            }
        }
        return v.toString();
    }

    static void lexeme(StringBuilder v, String lexeme, int pos, boolean weightA) {
        if (!v.isEmpty()) v.append(' ');
        v.append('\'').append(lexeme).append("':").append(pos);
        if (weightA) v.append('A');
    }

    // ---- COPY text ----------------------------------------------------------------------------------------------------

    /** A growable byte buffer of COPY text; characters beyond ASCII are written as UTF-8. */
    static final class Bytes {
        byte[] a;
        int n;

        Bytes(int capacity) {
            a = new byte[capacity];
        }

        void ensure(int more) {
            if (n + more > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, n + more));
        }

        Bytes append(char ch) {
            if (ch < 0x80) {
                ensure(1);
                a[n++] = (byte) ch;
            } else {
                var b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                ensure(b.length);
                System.arraycopy(b, 0, a, n, b.length);
                n += b.length;
            }
            return this;
        }

        Bytes append(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch < 0x80) a[n++] = (byte) ch;
                else append(ch);
            }
            return this;
        }

        Bytes append(long v) {
            if (v < 0) {
                append('-');
                v = -v;
            }
            if (v < 10) return append((char) ('0' + v));
            ensure(20);
            int start = n;
            while (v > 0) {
                a[n++] = (byte) ('0' + v % 10);
                v /= 10;
            }
            for (int i = start, j = n - 1; i < j; i++, j--) {
                byte t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return this;
        }

        byte[] bytes() {
            return Arrays.copyOf(a, n);
        }
    }

    /** The COPY text of one chunk of cases, one buffer per table. */
    static final class Out {
        final Bytes[] b = new Bytes[TABLES.length];
        Bytes cur;
        boolean first;

        /** About what one case writes to each table, so that a chunk's buffers seldom grow (and copy). */
        static final int[] BYTES_PER_CASE = {1800, 500, 300, 2400, 2300, 120, 40, 60};

        Out(int cases) {
            for (int i = 0; i < b.length; i++) b[i] = new Bytes(cases * BYTES_PER_CASE[i]);
        }

        Out line(int table) {
            cur = b[table];
            first = true;
            return this;
        }

        private void sep() {
            if (!first) cur.append('\t');
            first = false;
        }

        Out nul() {
            sep();
            cur.append("\\N");
            return this;
        }

        Out text(String s) {
            if (s == null) return nul();
            sep();
            int len = s.length();
            cur.ensure(len * 2);
            byte[] a = cur.a;
            int n = cur.n;
            for (int i = 0; i < len; i++) {
                char ch = s.charAt(i);
                if (ch >= 0x20 && ch < 0x80 && ch != '\\') {
                    a[n++] = (byte) ch;
                } else {
                    cur.n = n;
                    switch (ch) {
                        case '\\' -> cur.append("\\\\");
                        case '\t' -> cur.append("\\t");
                        case '\n' -> cur.append("\\n");
                        case '\r' -> cur.append("\\r");
                        default -> cur.append(ch);
                    }
                    a = cur.a;
                    n = cur.n;
                }
            }
            cur.n = n;
            return this;
        }

        Out uuid(String s) {
            return s == null ? nul() : raw(s);
        }

        Out raw(String s) {
            sep();
            cur.append(s);
            return this;
        }

        Out num(long v) {
            sep();
            cur.append(v);
            return this;
        }

        Out bool(boolean v) {
            sep();
            cur.append(v ? 't' : 'f');
            return this;
        }

        Out bytea(byte[] v) {
            sep();
            cur.append("\\\\x").append(HexFormat.of().formatHex(v));
            return this;
        }

        /** A timestamp in UTC from epoch seconds; negative for null. */
        Out ts(long t) {
            if (t < 0) return nul();
            sep();
            var s = new StringBuilder(24);
            appendTimestamp(s, t);
            cur.append(s.append("+00").toString());
            return this;
        }

        void end() {
            cur.append('\n');
        }

        /** The table's COPY text, handed over without a copy (an Out is not written to afterwards). */
        ByteBuffer buffer(int table) {
            return ByteBuffer.wrap(b[table].a, 0, b[table].n);
        }
    }

    static void appendTimestamp(StringBuilder s, long t) {
        long day = Math.floorDiv(t, 86400);
        int secs = (int) Math.floorMod(t, 86400);
        var d = LocalDate.ofEpochDay(day);
        s.append(d.getYear()).append('-');
        two(s, d.getMonthValue());
        s.append('-');
        two(s, d.getDayOfMonth());
        s.append(' ');
        two(s, secs / 3600);
        s.append(':');
        two(s, secs / 60 % 60);
        s.append(':');
        two(s, secs % 60);
    }

    static String iso(long t) {
        var s = new StringBuilder(24);
        appendTimestamp(s, t);
        s.setCharAt(10, 'T');
        return s.append('Z').toString();
    }

    static void two(StringBuilder s, int v) {
        if (v < 10) s.append('0');
        s.append(v);
    }

    static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    static byte[] sha256(String s) {
        return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code v} in decimal with leading zeros to {@code width} digits (String.format's "%0<width>d", without it). */
    static StringBuilder padded(StringBuilder s, long v, int width) {
        var digits = Long.toString(v);
        for (int i = digits.length(); i < width; i++) s.append('0');
        return s.append(digits);
    }

    // ---- identities, sealed as the app's IdentityCipher seals them ---------------------------------------------------

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** HKDF-SHA256 with Suara's fixed salt, one block (IdentityCipher.derive). */
    static byte[] derive(byte[] master, String info) {
        var prk = hmac("suara-hkdf-salt".getBytes(StandardCharsets.US_ASCII), master);
        var input = ByteBuffer.allocate(info.length() + 1).put(info.getBytes(StandardCharsets.US_ASCII)).put((byte) 1)
                .array();
        return hmac(prk, input);
    }

    /** AES-256-GCM with the column and row as associated data: "v1:" + base64(iv | ciphertext | tag). */
    static final class Sealer {
        final SecretKeySpec key;
        final byte[] indexKey;
        final Cipher cipher;
        final Mac mac;
        /** Deterministic IVs (NIST SP 800-38D 8.2.1): a random prefix per generator thread and a counter. */
        final byte[] iv = new byte[12];
        long counter;

        Sealer(byte[] master) throws Exception {
            key = new SecretKeySpec(derive(master, "suara identity encryption v1"), "AES");
            new java.security.SecureRandom().nextBytes(iv);
            indexKey = derive(master, "suara identity blind index v1");
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
        }

        String seal(String plain, String column, String id) throws Exception {
            if (plain == null) return null;
            ByteBuffer.wrap(iv, 4, 8).putLong(++counter);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(("submission." + column + ":" + id).getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var all = ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();
            return "v1:" + Base64.getEncoder().encodeToString(all);
        }

        String blindIndex(String nik) {
            var normalised = nik.replaceAll("[^0-9A-Za-z]", "").toUpperCase();
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
