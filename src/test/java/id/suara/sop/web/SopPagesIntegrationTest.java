package id.suara.sop.web;

import static id.suara.sop.SopFixtures.withSteps;
import static id.suara.sop.SopFixtures.withTimeLimit;
import static id.suara.sop.SopFixtures.withTransitions;
import static id.suara.test.OfficeBrowser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.calendar.TimeLimit;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.shared.LocalizedText;
import id.suara.sop.SopVersion;
import id.suara.sop.SopVersionStatus;
import id.suara.sop.SopVersions;
import id.suara.sop.StepDefinition;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The SOP administration pages, signed in through the login form. Kebumen's procedures are only read; drafts are made
 * and activated on a council of the test's own, set up with the Kebumen written procedure, so the demo data's active
 * versions stay as they are for the other tests.
 */
@SuaraIntegrationTest
class SopPagesIntegrationTest {

    private static final String PROCEDURE = "kebumen-written";

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    /** The test's own council, its administrator and its active version 1 of the written procedure. */
    record Council(UUID id, String admin, SopVersion first) {}

    Council council;

    @BeforeEach
    void setUpCouncil() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "dprd-sop-" + suffix,
                "Sekretariat DPRD SOP " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/{kind}/DPRD-SOP/{year}");
        var first = sops.installPreset(institution.id(), PROCEDURE);
        var admin = "sopadmin." + suffix;
        staff.create(
                institution.id(),
                admin,
                "Admin SOP Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        council = new Council(institution.id(), admin, first);
    }

    MockHttpSession signIn(String username) throws Exception {
        return new OfficeBrowser(mvc).signIn(username);
    }

    MvcResult open(MockHttpSession session, String url, Object... vars) throws Exception {
        return new OfficeBrowser(mvc).open(session, url, vars);
    }

    MvcResult activate(MockHttpSession session, UUID versionId) throws Exception {
        return mvc.perform(post("/kantor/admin/sop/{id}/aktifkan", versionId)
                        .session(session)
                        .with(csrf()))
                .andReturn();
    }

    UUID kebumen() {
        return institutions.findByCode("dprd-kebumen").orElseThrow().id();
    }

    SopVersion kebumenWritten() {
        return sops.active(kebumen()).stream()
                .filter(v -> v.code().equals(PROCEDURE))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A draft version 2 of the council's written procedure: checking the requirements may take 30 minutes instead of
     * 15, and a final check by the secretary follows the recap before the case is completed.
     */
    SopVersion draftVersionTwo() {
        var d = council.first().definition();
        var steps = new ArrayList<StepDefinition>();
        for (var s : d.steps()) {
            if (s.code().equals("archived")) {
                var recap = d.step("recap").orElseThrow();
                steps.add(new StepDefinition(
                        "final-check",
                        "11",
                        LocalizedText.of("Pemeriksaan akhir oleh sekretaris", "Final check by the secretary"),
                        recap.publicName(),
                        List.of(Role.SECRETARY),
                        TimeLimit.workingDays(1),
                        List.of(),
                        List.of(),
                        recap.status(),
                        false,
                        "uji, langkah 11"));
            }
            steps.add(s.code().equals("check-requirements") ? withTimeLimit(s, TimeLimit.minutes(30)) : s);
        }
        var transitions = new ArrayList<TransitionDefinition>();
        for (var t : d.transitions()) {
            if (t.from().equals("recap")) {
                transitions.add(new TransitionDefinition(
                        t.from(),
                        t.action(),
                        "final-check",
                        t.label(),
                        t.condition(),
                        t.roles(),
                        t.fields(),
                        false,
                        t.source()));
                transitions.add(new TransitionDefinition(
                        "final-check",
                        "close",
                        t.to(),
                        LocalizedText.of("Tutup", "Close"),
                        t.condition(),
                        List.of(),
                        List.of(),
                        false,
                        "uji, langkah 11"));
            } else {
                transitions.add(t);
            }
        }
        return sops.draft(council.id(), withTransitions(withSteps(d, steps), transitions));
    }

    @Test
    void listsKebumensProceduresInBothLanguages() throws Exception {
        var admin = signIn("kebumen.admin");

        var list = open(admin, "/kantor/admin/sop");
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(list))
                .contains("Prosedur (SOP) dan versinya", "kebumen-written", "kebumen-online", "kebumen-in-person")
                .contains(
                        "Aktif",
                        "Surat",
                        "/kantor/admin/sop/" + kebumenWritten().id())
                .doesNotContain("Versi prosedur pekalongan");

        var english = open(admin, "/kantor/admin/sop?lang=en");
        assertThat(english.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(english))
                .contains("Procedures (SOPs) and their versions", "kebumen-written", "Active", "Letter");
        assertThat(body(open(admin, "/kantor/admin"))).contains("href=\"/kantor/admin/sop\"");
    }

    @Test
    void showsAVersionsStepsInOrderWithRolesTimeLimitsAndActions() throws Exception {
        var admin = signIn("kebumen.admin");
        var written = kebumenWritten();

        var view = open(admin, "/kantor/admin/sop/{id}", written.id());

        assertThat(view.getResponse().getStatus()).isEqualTo(200);
        var html = body(view);
        assertThat(html)
                .contains(written.definition().title().id(), "Langkah 2", "Bagian Umum", "15 menit", "Aktif")
                .contains("Menerima dan mengidentifikasi persyaratan")
                .contains("<code>accept</code>", "jika persyaratan terpenuhi")
                // the preset it came from, under its own label (not the install form's heading)
                .contains("<dt>Dari templat</dt>");
        assertThat(html.indexOf("Langkah 2")).isLessThan(html.indexOf("Langkah 3"));
        assertThat(body(open(admin, "/kantor/admin/sop/{id}?lang=en", written.id())))
                .contains("Step 2", "General affairs", "15 minutes", "if the requirements are met");
    }

    @Test
    void comparesADraftWithTheActiveVersionShowingTheAddedStepAndTheChangedTimeLimit() throws Exception {
        var draft = draftVersionTwo();
        var admin = signIn(council.admin());

        var list = body(open(admin, "/kantor/admin/sop"));
        assertThat(list).contains("name=\"a\"", "name=\"b\"", "/kantor/admin/sop/banding", "Bandingkan");

        var compared = open(
                admin, "/kantor/admin/sop/banding?a={a}&b={b}", council.first().id(), draft.id());

        assertThat(compared.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(compared))
                .contains("Langkah baru", "Pemeriksaan akhir oleh sekretaris", "1 hari kerja")
                .contains("Langkah diubah", "Batas waktu", "15 menit", "30 menit")
                .contains(
                        "Tindakan baru dari langkah ini",
                        "<code>close</code>",
                        "Tindakan yang dihapus dari langkah ini")
                .doesNotContain("Kedua versi tidak berbeda");
        assertThat(body(open(
                        admin,
                        "/kantor/admin/sop/banding?a={a}&b={b}&lang=en",
                        council.first().id(),
                        draft.id())))
                .contains("New step", "Final check by the secretary", "Time limit", "30 minutes");
    }

    @Test
    void activatingADraftFromThePageMakesNewCasesUseItAndIsAudited() throws Exception {
        var draft = draftVersionTwo();
        var admin = signIn(council.admin());
        var list = body(open(admin, "/kantor/admin/sop"));
        assertThat(list).contains("/kantor/admin/sop/" + draft.id() + "/aktifkan", "Kasus yang sedang berjalan");

        var activated = activate(admin, draft.id());

        assertThat(activated.getResponse().getStatus()).isEqualTo(302);
        assertThat(activated.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/sop");
        assertThat(activated.getFlashMap().get("message")).isEqualTo("web.admin.sop.activatedNow");
        var active = sops.activeFor(council.id(), Channel.LETTER, SubmissionKind.COMPLAINT)
                .orElseThrow();
        assertThat(active.id()).isEqualTo(draft.id());
        assertThat(active.version()).isEqualTo(2);
        assertThat(sops.get(council.first().id()).status()).isEqualTo(SopVersionStatus.RETIRED);
        assertThat(jdbc.sql("select action from audit_entry where actor_name = ? and subject_id = ?")
                        .params(council.admin(), draft.id().toString())
                        .query(String.class)
                        .list())
                .containsExactly("sop.activated");
    }

    MvcResult installPreset(MockHttpSession session, String preset) throws Exception {
        return mvc.perform(post("/kantor/admin/sop/templat")
                        .param("preset", preset)
                        .session(session)
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void aCouncilInstallsAShippedTemplateItDoesNotHaveYetAndTheInstallationIsAudited() throws Exception {
        var admin = signIn(council.admin());
        var list = body(open(admin, "/kantor/admin/sop"));
        assertThat(list).contains("/kantor/admin/sop/templat", "value=\"kebumen-online\"");
        assertThat(list).doesNotContain("value=\"" + PROCEDURE + "\"");

        var installed = installPreset(admin, "kebumen-online");

        assertThat(installed.getFlashMap().get("message")).isEqualTo("web.admin.sop.presetInstalled");
        var online = sops.activeFor(council.id(), Channel.WEB, SubmissionKind.COMPLAINT)
                .orElseThrow();
        assertThat(online.code()).isEqualTo("kebumen-online");
        assertThat(jdbc.sql("select action from audit_entry where actor_name = ? and subject_id = ?")
                        .params(council.admin(), online.id().toString())
                        .query(String.class)
                        .list())
                .containsExactly("sop.preset-installed");
    }

    @Test
    void aTemplateAlreadyInstalledOrUnknownIsRefusedWithAMessageAndChangesNothing() throws Exception {
        var admin = signIn(council.admin());
        var before = sops.ofInstitution(council.id()).size();

        var again = installPreset(admin, PROCEDURE);
        var unknown = installPreset(admin, "no-such-template");

        assertThat(again.getFlashMap().get("problemMessage")).isEqualTo("web.admin.sop.presetRefused");
        assertThat(unknown.getFlashMap().get("problemMessage")).isEqualTo("web.admin.sop.presetRefused");
        assertThat(sops.ofInstitution(council.id())).hasSize(before);
    }

    @Test
    void onlyTheInstitutionsAdministratorsInstallTemplates() throws Exception {
        var before = sops.ofInstitution(council.id()).size();
        var kebumenAdmin = signIn("kebumen.admin");
        var refused = mvc.perform(post("/kantor/admin/sop/templat")
                        .param("institution", council.id().toString())
                        .param("preset", "kebumen-online")
                        .session(kebumenAdmin)
                        .with(csrf()))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(installPreset(signIn("kebumen.umum"), "kebumen-online")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(sops.ofInstitution(council.id())).hasSize(before);
    }

    @Test
    void activatingAVersionThatIsNotADraftShowsAProblemInsteadOfFailing() throws Exception {
        var admin = signIn(council.admin());

        var refused = activate(admin, council.first().id());

        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("problemMessage")).isEqualTo("web.admin.sop.notActivated");
        assertThat(sops.get(council.first().id()).status()).isEqualTo(SopVersionStatus.ACTIVE);
        var shown = mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .session(admin)
                        .flashAttrs(refused.getFlashMap()))
                .andReturn();
        assertThat(body(shown)).contains("role=\"alert\"", "tidak dapat diaktifkan");
    }

    @Test
    void anotherInstitutionsAdministratorCannotSeeOrActivateItsVersions() throws Exception {
        var draft = draftVersionTwo();
        var pekalongan = signIn("pekalongan.admin");

        assertThat(open(pekalongan, "/kantor/admin/sop?institution={id}", kebumen())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var view = open(pekalongan, "/kantor/admin/sop/{id}", kebumenWritten().id());
        assertThat(view.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(view)).doesNotContain("Menerima dan mengidentifikasi persyaratan");
        assertThat(open(
                                pekalongan,
                                "/kantor/admin/sop/banding?a={a}&b={b}",
                                council.first().id(),
                                draft.id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(activate(pekalongan, draft.id()).getResponse().getStatus()).isEqualTo(404);
        assertThat(sops.get(draft.id()).status()).isEqualTo(SopVersionStatus.DRAFT);
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        var umum = signIn("kebumen.umum");

        var list = open(umum, "/kantor/admin/sop");
        assertThat(list.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(list)).contains("Tidak diizinkan");
        assertThat(open(umum, "/kantor/admin/sop/{id}", kebumenWritten().id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void comparingWithAMissingOrUnreadableVersionIsABadRequestAndAcrossInstitutionsNotFound() throws Exception {
        var sysadmin = signIn("sysadmin");
        var own = council.first().id();

        var garbage = open(sysadmin, "/kantor/admin/sop/banding?a=garbage&b={b}", own);
        assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(garbage)).contains("<h1");
        assertThat(open(sysadmin, "/kantor/admin/sop/banding?a={a}", own)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(open(sysadmin, "/kantor/admin/sop/banding").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(open(
                                sysadmin,
                                "/kantor/admin/sop/banding?a={a}&b={b}",
                                own,
                                kebumenWritten().id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(open(sysadmin, "/kantor/admin/sop/banding?a={a}&b={b}", own, UUID.randomUUID())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(open(sysadmin, "/kantor/admin/sop/{id}", "garbage")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void aSystemAdministratorChoosesTheInstitution() throws Exception {
        var sysadmin = signIn("sysadmin");

        var list = open(sysadmin, "/kantor/admin/sop?institution={id}", council.id());

        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(list))
                .contains(
                        "Sekretariat DPRD SOP",
                        "/kantor/admin/sop/" + council.first().id());
    }

    @Test
    void activatingWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        var draft = draftVersionTwo();
        var admin = signIn(council.admin());

        var refused = mvc.perform(
                        post("/kantor/admin/sop/{id}/aktifkan", draft.id()).session(admin))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(sops.get(draft.id()).status()).isEqualTo(SopVersionStatus.DRAFT);
    }
}
