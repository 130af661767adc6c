package id.suara.sop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopPrints;
import id.suara.sop.SopVersion;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The printed SOP over HTTP (ADR 0039): an administrator prints any version of the institution's procedures, a draft
 * marked for signature; staff who may read the versions get them from the API; the public gets the printed active
 * procedure of an institution from its page, never a draft. Drafts are made on a council of the test's own.
 */
@SuaraIntegrationTest
class SopPrintingIntegrationTest {

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
    SopPrints prints;

    @Autowired
    Api api;

    /** The test's own council, its administrator, its active written procedure and a draft version 2 of it. */
    record Council(UUID id, String code, String admin, SopVersion active, SopVersion draft) {}

    Council council;

    @BeforeEach
    void setUpCouncil() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "dprd-cetak-" + suffix,
                "Sekretariat DPRD Cetak " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/{kind}/DPRD-CETAK/{year}");
        var active = sops.installPreset(institution.id(), PROCEDURE);
        var draft = sops.draft(institution.id(), active.definition());
        var admin = "cetakadmin." + suffix;
        staff.create(
                institution.id(),
                admin,
                "Admin Cetak Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        council = new Council(institution.id(), institution.code(), admin, active, draft);
    }

    private MvcResult anonymous(String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars)).andReturn();
    }

    private static String text(MvcResult result) throws Exception {
        return PdfFiles.text(result.getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
    }

    @Test
    void anAdministratorPrintsADraftForSignatureMarkedAsADraft() throws Exception {
        var session = new OfficeBrowser(mvc).signIn(council.admin());

        var printed = new OfficeBrowser(mvc)
                .open(
                        session,
                        "/kantor/admin/sop/{id}/cetak.pdf",
                        council.draft().id());

        assertThat(printed.getResponse().getStatus()).isEqualTo(200);
        assertThat(printed.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(printed.getResponse().getHeader("Content-Disposition")).contains("sop-kebumen-written-v2-draf.pdf");
        assertThat(text(printed))
                .contains("DRAF — BELUM DISAHKAN")
                .contains("170/28 Tahun 2023")
                .contains("Menerima dan mengidentifikasi persyaratan");
    }

    @Test
    void theVersionPageAndTheListLinkThePrintedSop() throws Exception {
        var session = new OfficeBrowser(mvc).signIn(council.admin());

        var page = new OfficeBrowser(mvc)
                .open(session, "/kantor/admin/sop/{id}", council.draft().id());
        assertThat(OfficeBrowser.body(page))
                .contains("/kantor/admin/sop/" + council.draft().id() + "/cetak.pdf")
                .contains("Cetak draf untuk ditandatangani (PDF)");
        var list = new OfficeBrowser(mvc).open(session, "/kantor/admin/sop");
        assertThat(OfficeBrowser.body(list))
                .contains("/kantor/admin/sop/" + council.active().id() + "/cetak.pdf")
                .contains("/kantor/admin/sop/" + council.draft().id() + "/cetak.pdf");
    }

    @Test
    void theBackOfficePrintNeedsASignedInAdministratorOfTheInstitution() throws Exception {
        var signedOut =
                anonymous("/kantor/admin/sop/{id}/cetak.pdf", council.draft().id());
        assertThat(signedOut.getResponse().getStatus()).isEqualTo(302);
        assertThat(signedOut.getResponse().getContentType()).isNotEqualTo("application/pdf");

        var umum = new OfficeBrowser(mvc).signIn("kebumen.umum");
        var kebumenWritten = sops
                .active(institutions.findByCode("dprd-kebumen").orElseThrow().id())
                .stream()
                .filter(v -> v.code().equals(PROCEDURE))
                .findFirst()
                .orElseThrow();
        assertThat(new OfficeBrowser(mvc)
                        .open(umum, "/kantor/admin/sop/{id}/cetak.pdf", kebumenWritten.id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        var pekalongan = new OfficeBrowser(mvc).signIn("pekalongan.admin");
        assertThat(new OfficeBrowser(mvc)
                        .open(
                                pekalongan,
                                "/kantor/admin/sop/{id}/cetak.pdf",
                                council.draft().id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theApiPrintsAVersionForStaffWhoMayReadItAndNoOneElse() throws Exception {
        var printed = mvc.perform(Api.as(
                        council.admin(),
                        get("/api/v1/sop-versions/{id}.pdf", council.draft().id())))
                .andReturn();
        assertThat(printed.getResponse().getStatus()).isEqualTo(200);
        assertThat(printed.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(text(printed)).contains("DRAF — BELUM DISAHKAN");

        assertThat(mvc.perform(get(
                                "/api/v1/sop-versions/{id}.pdf", council.draft().id()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(Api.as(
                                "pekalongan.admin",
                                get(
                                        "/api/v1/sop-versions/{id}.pdf",
                                        council.draft().id())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var unknown = mvc.perform(Api.as(council.admin(), get("/api/v1/sop-versions/{id}.pdf", UUID.randomUUID())))
                .andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        var garbage = mvc.perform(Api.as(council.admin(), get("/api/v1/sop-versions/not-a-version.pdf")))
                .andReturn();
        assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void thePublicPrintsTheActiveVersionOfAProcedureNeverADraft() throws Exception {
        var printed = anonymous("/i/{code}/sop/{procedure}.pdf", council.code(), PROCEDURE);

        assertThat(printed.getResponse().getStatus()).isEqualTo(200);
        assertThat(printed.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(printed.getResponse().getHeader("Content-Disposition")).contains("sop-kebumen-written-v1.pdf");
        assertThat(text(printed)).doesNotContain("DRAF").contains("versi 1");
    }

    @Test
    void thePublicPrintOfAVersionIsRenderedOnceAndServedAgain() throws Exception {
        var first = anonymous("/i/{code}/sop/{procedure}.pdf", council.code(), PROCEDURE);
        var again = anonymous("/i/{code}/sop/{procedure}.pdf", council.code(), PROCEDURE);

        assertThat(again.getResponse().getContentAsByteArray())
                .isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(prints.publicPdf(council.active())).isSameAs(prints.publicPdf(council.active()));
    }

    @Test
    void thePublicGetsNotFoundForADraftOnlyAnUnknownProcedureOrAnUnknownInstitution() throws Exception {
        var onlyDrafted = renamed(council.active().definition(), "uji-hanya-draf");
        sops.draft(council.id(), onlyDrafted);

        assertThat(anonymous("/i/{code}/sop/{procedure}.pdf", council.code(), "uji-hanya-draf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(anonymous("/i/{code}/sop/{procedure}.pdf", council.code(), "tidak-ada")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(anonymous("/i/{code}/sop/{procedure}.pdf", "tidak-ada-lembaga", PROCEDURE)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theInstitutionsPublicPageLinksThePrintedSopOfEachActiveProcedure() throws Exception {
        var page = anonymous("/i/{code}", council.code());

        assertThat(page.getResponse().getContentAsString())
                .contains("/i/" + council.code() + "/sop/" + PROCEDURE + ".pdf")
                .contains("Dokumen SOP (PDF)");
    }

    @Test
    void aDraftWhoseIdentityBlockIsWrongIsRefusedNamingTheField() throws Exception {
        var definition = api.json(council.active().definition());
        var made = definition.replace("\"effectiveOn\":\"2023-10-02\"", "\"effectiveOn\":\"2023-10-01\"");
        assertThat(made).isNotEqualTo(definition);

        var beforeMade = api.send(Api.as(
                council.admin(),
                post("/api/v1/institutions/{id}/sop-versions", council.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(made)));
        assertThat(beforeMade.status()).isEqualTo(400);
        assertThat(beforeMade.errorFields()).containsExactly("identity.effectiveOn");

        var unreadable = api.send(Api.as(
                council.admin(),
                post("/api/v1/institutions/{id}/sop-versions", council.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(definition.replace("\"madeOn\":\"2023-10-02\"", "\"madeOn\":\"kemarin\""))));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.errorFields()).containsExactly("identity.madeOn");
    }

    private static SopDefinition renamed(SopDefinition d, String code) {
        return new SopDefinition(
                code,
                LocalizedText.of("Prosedur uji yang hanya berupa draf", "A test procedure only drafted"),
                d.issuer(),
                d.documentNumber(),
                d.source(),
                d.channels(),
                d.kinds(),
                d.anonymousAllowed(),
                d.anonymousSource(),
                d.steps(),
                d.transitions(),
                d.letters(),
                d.reopenStep(),
                d.identity());
    }
}
