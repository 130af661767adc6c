package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SOP versions through the API: an institution's administrator drafts a new version of a procedure and activates it; new
 * cases then run on it while running cases keep the version they started with. Each test works on a council of its own,
 * set up with the Kebumen written procedure, so the demo institutions stay untouched.
 */
@SuaraIntegrationTest
class SopVersioningIntegrationTest {

    private static final String PROCEDURE = "kebumen-written";
    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);
    /** Monday 2 March 2026, 10:00 WIB: inside standard office hours, far from any holiday. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T03:00:00Z");

    private static final String REVISED_STEP_NAME = "Menerima surat dan memeriksa kelengkapan persyaratan";

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    /** A council of the test's own with its administrator and the general affairs officer who registers letters. */
    record Council(UUID id, String code, String admin, String generalAffairs) {}

    Council council;

    @BeforeEach
    void setUpCouncil() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var code = "dprd-uji-" + suffix;
        var institution = institutions.add(
                code,
                "Sekretariat DPRD Uji " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/{kind}/DPRD-UJI/{year}");
        sops.installPreset(institution.id(), PROCEDURE);
        var admin = "admin." + suffix;
        var generalAffairs = "umum." + suffix;
        staff.create(
                institution.id(),
                admin,
                "Admin Sekretariat Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        staff.create(
                institution.id(),
                generalAffairs,
                "Staf Bagian Umum Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.GENERAL_AFFAIRS, null)));
        council = new Council(institution.id(), code, admin, generalAffairs);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void draftsANewVersionThatNewLettersDoNotUseUntilItIsActivated() {
        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));

        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        assertThat((Integer) draft.get("version")).isEqualTo(2);
        assertThat((String) draft.get("status")).isEqualTo("DRAFT");
        assertThat((String) draft.get("code")).isEqualTo(PROCEDURE);
        assertThat((Integer) draft.get("definition.steps.1.timeLimit.amount")).isEqualTo(30);
        assertThat((String) draft.get("activatedAt")).isNull();

        var letter = registerLetter();
        var view = api.view(council.admin(), letter.caseId());
        assertThat((Integer) view.get("sop.version")).isEqualTo(1);
        assertThat((Integer) view.get("currentStep.timeLimit.amount")).isEqualTo(15);
    }

    @Test
    void newCasesUseAVersionActivatedHereAtOnceThoughActiveVersionsAreReadFromMemory() {
        var first = sops.active(council.id());
        // retired past Suara, e.g. by another instance on the same database: seen at most 30 seconds later
        jdbc.sql("update sop_version set status = 'RETIRED' where institution_id = ?")
                .param(council.id())
                .update();
        assertThat(sops.active(council.id())).isEqualTo(first);
        jdbc.sql("update sop_version set status = 'ACTIVE' where institution_id = ?")
                .param(council.id())
                .update();

        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));
        activate(council.admin(), draft.get("id"));

        assertThat(sops.active(council.id())).extracting(SopVersion::version).containsExactly(2);
        var letter = registerLetter();
        assertThat((Integer) api.view(council.admin(), letter.caseId()).get("sop.version"))
                .isEqualTo(2);
    }

    @Test
    void recordsWhenAVersionWasDraftedByTheApplicationsClockNotTheDatabases() {
        var drafted = Instant.parse("2031-05-06T02:03:04Z");
        clock.set(drafted);

        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));

        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        assertThat(Instant.parse(draft.get("createdAt"))).isEqualTo(drafted);
    }

    @Test
    void activatingADraftRetiresTheVersionBeforeIt() {
        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));

        var activated = activate(council.admin(), draft.get("id"));

        assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
        assertThat((Integer) activated.get("version")).isEqualTo(2);
        assertThat((String) activated.get("status")).isEqualTo("ACTIVE");
        assertThat((String) activated.get("activatedAt")).isNotNull();
        assertThat(versions(council.admin()))
                .extracting(v -> v.get("version"), v -> v.get("status"))
                .containsExactly(tuple(2, "ACTIVE"), tuple(1, "RETIRED"));
        assertThat(jdbc.sql("select action from audit_entry where actor_name = ? and subject_id = ? order by seq")
                        .params(council.admin(), (String) draft.get("id"))
                        .query(String.class)
                        .list())
                .containsExactly("sop.drafted", "sop.activated");
    }

    @Test
    void keepsACaseRegisteredBeforeActivationOnTheVersionItStartedWith() {
        clock.set(MONDAY_MORNING);
        var before = registerLetter();
        activate(
                council.admin(),
                draft(council.admin(), json.writeValueAsString(revisedDefinition()))
                        .get("id"));
        var after = registerLetter();

        var old = api.view(council.admin(), before.caseId());
        assertThat((Integer) old.get("sop.version")).isEqualTo(1);
        assertThat((String) old.get("currentStep.code")).isEqualTo("check-requirements");
        assertThat((Integer) old.get("currentStep.timeLimit.amount")).isEqualTo(15);
        assertThat((String) old.get("currentStep.timeLimit.unit")).isEqualTo("MINUTES");
        assertThat((String) old.get("currentStep.name.id")).isEqualTo("Menerima dan mengidentifikasi persyaratan");
        assertThat(Instant.parse(old.get("dueAt"))).isEqualTo(MONDAY_MORNING.plusSeconds(15 * 60));

        var current = api.view(council.admin(), after.caseId());
        assertThat((Integer) current.get("sop.version")).isEqualTo(2);
        assertThat((Integer) current.get("currentStep.timeLimit.amount")).isEqualTo(30);
        assertThat((String) current.get("currentStep.name.id")).isEqualTo(REVISED_STEP_NAME);
        assertThat(Instant.parse(current.get("dueAt"))).isEqualTo(MONDAY_MORNING.plusSeconds(30 * 60));

        checkAllRequirementsMet(before);
        assertThat(actionNames(api.view(council.generalAffairs(), before.caseId())))
                .containsExactly("accept");
        var accepted = api.act(council.generalAffairs(), before.caseId(), "accept", Map.of());
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat((String) accepted.get("currentStep.code")).isEqualTo("record-and-analyse");
        assertThat((Integer) accepted.get("sop.version")).isEqualTo(1);

        checkAllRequirementsMet(after);
        assertThat(actionNames(api.view(council.generalAffairs(), after.caseId())))
                .containsExactly("proceed");
        assertThat(api.act(council.generalAffairs(), after.caseId(), "accept", Map.of())
                        .status())
                .isEqualTo(409);
        var proceeded = api.act(council.generalAffairs(), after.caseId(), "proceed", Map.of());
        assertThat(proceeded.status()).as(proceeded.raw()).isEqualTo(200);
        assertThat((String) proceeded.get("currentStep.code")).isEqualTo("record-and-analyse");
        assertThat((Integer) proceeded.get("sop.version")).isEqualTo(2);
    }

    @Test
    void refusesToActivateADraftOlderThanTheActiveVersion() {
        var older = draft(council.admin(), json.writeValueAsString(revisedDefinition()));
        var newer = draft(council.admin(), json.writeValueAsString(revisedDefinition()));
        assertThat(activate(council.admin(), newer.get("id")).status()).isEqualTo(200);

        var response = activate(council.admin(), older.get("id"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorFields()).containsExactly("version");
    }

    @Test
    void refusesToActivateAProcedureForChannelsAnotherActiveProcedureHandles() {
        var rival = revisedDefinition();
        rival.put("code", "surat-kedua");

        var drafted = draft(council.admin(), json.writeValueAsString(rival));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        var response = activate(council.admin(), drafted.get("id"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorFields()).containsExactly("channels");
    }

    @Test
    void refusesToActivateAVersionThatIsNotADraft() {
        var original = versions(council.admin()).getFirst();
        var activeOriginal = activate(council.admin(), original.get("id"));
        assertThat(activeOriginal.status()).as(activeOriginal.raw()).isEqualTo(409);
        assertThat(activeOriginal.errorFields()).containsExactly("status");

        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));
        activate(council.admin(), draft.get("id"));
        assertThat(activate(council.admin(), draft.get("id")).status()).isEqualTo(409);
        assertThat(activate(council.admin(), original.get("id")).status()).isEqualTo(409);

        assertThat(versions(council.admin())).extracting(v -> v.get("status")).containsExactly("ACTIVE", "RETIRED");
    }

    @Test
    void activatesADraftOnlyOnceWhenTwoAdministratorsActivateItAtTheSameTime() throws Exception {
        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()))
                .get("id");
        List<Response> answers;
        try (var connection = dataSource.getConnection();
                var executor = Executors.newFixedThreadPool(2)) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select id from institution where id = ? for update")) {
                lock.setObject(1, council.id());
                lock.executeQuery().close();
            }
            var first = executor.submit(() -> activate(council.admin(), draft));
            var second = executor.submit(() -> activate("sysadmin", draft));
            awaitActivationsWaitingForTheInstitution(2);
            connection.commit();
            answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        }

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        assertThat(versions(council.admin())).extracting(v -> v.get("status")).containsExactly("ACTIVE", "RETIRED");
    }

    @Test
    void refusesADraftFromStaffWhoDoNotAdministerTheInstitution() {
        var body = json.writeValueAsString(revisedDefinition());

        assertThat(draft(council.generalAffairs(), body).status()).isEqualTo(403);
        assertThat(draft("pekalongan.admin", body).status()).isEqualTo(403);
        assertThat(draft("kebumen.admin", body).status()).isEqualTo(403);

        assertThat(versions(council.admin())).hasSize(1);
    }

    @Test
    void refusesActivationByAnotherInstitutionsAdministrator() {
        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));

        assertThat(activate("pekalongan.admin", draft.get("id")).status()).isEqualTo(403);
        assertThat(activate(council.generalAffairs(), draft.get("id")).status()).isEqualTo(403);

        assertThat(versions(council.admin())).extracting(v -> v.get("status")).containsExactly("DRAFT", "ACTIVE");
    }

    @Test
    void refusesADefinitionWithATransitionToAnUnknownStep() {
        var definition = revisedDefinition();
        var transitions = (ArrayNode) definition.get("transitions");
        int accept = indexOf(transitions, "from", "check-requirements", "action", "proceed");
        ((ObjectNode) transitions.get(accept)).put("to", "consult-the-stars");

        var refused = draft(council.admin(), json.writeValueAsString(definition));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("transitions[" + accept + "].to");
        assertThat(versions(council.admin())).hasSize(1);
    }

    @Test
    void refusesMalformedJson() {
        var truncated = json.writeValueAsString(revisedDefinition());
        truncated = truncated.substring(0, truncated.length() / 2);

        var refused = draft(council.admin(), truncated);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat((String) refused.get("type")).endsWith("/malformed-body");
        assertThat(versions(council.admin())).hasSize(1);
    }

    @Test
    void refusesADefinitionWithAnUnknownProperty() {
        var definition = revisedDefinition();
        ((ObjectNode) definition.get("steps").get(1)).put("colour", "red");

        var refused = draft(council.admin(), json.writeValueAsString(definition));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("steps[1].colour");
    }

    @Test
    void publishesOnlyTheActiveVersionToThePublic() {
        var draft = draft(council.admin(), json.writeValueAsString(revisedDefinition()));
        assertThat(publicProcedures())
                .extracting(v -> v.get("version"), v -> v.get("status"))
                .containsExactly(tuple(1, "ACTIVE"));

        activate(council.admin(), draft.get("id"));

        assertThat(publicProcedures())
                .extracting(v -> v.get("version"), v -> v.get("status"))
                .containsExactly(tuple(2, "ACTIVE"));
    }

    @Test
    void refusesToRewriteAStoredDefinitionInTheDatabase() {
        var stored = sops.active(council.id()).getFirst();
        var before = definitionJson(stored.id());

        assertThatThrownBy(() -> jdbc.sql("""
                        update sop_version set definition = jsonb_set(definition, '{steps,1,timeLimit,amount}', '30')
                        where id = ?""").param(stored.id()).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");

        assertThat(definitionJson(stored.id())).isEqualTo(before);
    }

    /** A letter registered by the council's general affairs officer. */
    record Letter(String caseId, String trackingNumber) {}

    Letter registerLetter() {
        var letter = Api.webSubmission(council.code());
        letter.put("channel", "LETTER");
        var response = api.register(council.generalAffairs(), letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new Letter(response.get("case.id"), response.get("trackingNumber"));
    }

    void checkAllRequirementsMet(Letter letter) {
        var response = api.check(council.generalAffairs(), letter.caseId(), ALL_MET);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /**
     * The council's active definition as an administrator edits it: the requirement check gets 30 minutes instead of 15,
     * a clearer name, and its "accept" action is renamed "proceed".
     */
    ObjectNode revisedDefinition() {
        var active = versions(council.admin()).stream()
                .filter(v -> "ACTIVE".equals(v.get("status")))
                .findFirst()
                .orElseThrow();
        var definition = (ObjectNode) json.valueToTree(active.get("definition"));
        var steps = (ArrayNode) definition.get("steps");
        var check = (ObjectNode) steps.get(indexOf(steps, "code", "check-requirements"));
        ((ObjectNode) check.get("timeLimit")).put("amount", 30);
        ((ObjectNode) check.get("name")).put("id", REVISED_STEP_NAME);
        var transitions = (ArrayNode) definition.get("transitions");
        ((ObjectNode) transitions.get(indexOf(transitions, "from", "check-requirements", "action", "accept")))
                .put("action", "proceed");
        return definition;
    }

    static int indexOf(ArrayNode array, String... keyValues) {
        for (int i = 0; i < array.size(); i++) {
            var element = array.get(i);
            boolean matches = true;
            for (int k = 0; k < keyValues.length; k += 2) {
                matches &= keyValues[k + 1].equals(element.get(keyValues[k]).asString());
            }
            if (matches) {
                return i;
            }
        }
        throw new AssertionError("No element with " + List.of(keyValues) + " in " + array);
    }

    Response draft(String user, String body) {
        return api.send(Api.as(
                user,
                post("/api/v1/institutions/{id}/sop-versions", council.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)));
    }

    Response activate(String user, Object versionId) {
        return api.send(Api.as(user, post("/api/v1/sop-versions/{id}/activate", versionId)));
    }

    /** Every version of the council's procedures, newest first, as its administrator sees them. */
    List<Map<String, Object>> versions(String user) {
        return list(api.send(Api.as(user, get("/api/v1/institutions/{id}/sop-versions", council.id()))));
    }

    List<Map<String, Object>> publicProcedures() {
        return list(api.send(get("/api/v1/institutions/{id}/procedures", council.id())));
    }

    List<Map<String, Object>> list(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return json.readValue(response.raw(), new TypeReference<List<Map<String, Object>>>() {});
    }

    static List<String> actionNames(Response view) {
        List<Map<String, Object>> actions = view.get("availableActions");
        return actions.stream().map(a -> (String) a.get("action")).toList();
    }

    /** Waits until this many transactions are blocked on an institution's row lock, as activations take it. */
    void awaitActivationsWaitingForTheInstitution(int count) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            long waiting = jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where datname = current_database() and wait_event_type = 'Lock'
                              and query like 'select id from institution where id = % for update'""").query(Long.class).single();
            if (waiting >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The activations never reached the institution lock");
    }

    String definitionJson(UUID versionId) {
        return jdbc.sql("select definition::text from sop_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
    }
}
