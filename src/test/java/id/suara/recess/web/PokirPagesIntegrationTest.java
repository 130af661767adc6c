package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.intake.Intake;
import id.suara.recess.RecessFixture;
import id.suara.recess.RecessFixture.Council;
import id.suara.recess.RecessFixture.Heard;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The back-office pages of recess reports and the pokir compilation, and the outcome on the public tracking page. */
@SuaraIntegrationTest
class PokirPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SopVersions sops;

    @Autowired
    Intake intake;

    RecessFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RecessFixture(jdbc, institutions, staff, sops, intake);
    }

    record Scenario(Council council, UUID recess, UUID ani, UUID budi, RecessFixture.Aspiration road) {}

    private Scenario scenario() {
        var council = fixture.council();
        var recess = fixture.recess(council, 2026, 2, LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 22));
        var from = LocalDate.of(2024, 8, 20);
        var ani = fixture.member(council, "Ani Rahmawati", council.factionA(), council.dapil1(), from, null);
        var budi = fixture.member(council, "Budi Santoso", council.factionA(), council.dapil1(), from, null);
        var visit = fixture.visit(
                council,
                recess,
                ani,
                OffsetDateTime.parse("2026-08-18T09:00:00+07:00"),
                "Balai Desa Sidomulyo",
                "Sidomulyo",
                "Sidomulyo",
                "HELD");
        fixture.attendee(visit, "Slamet Riyadi", null, false, true);
        var road = fixture.aspiration(
                council,
                visit,
                new Heard(
                        "Slamet Riyadi",
                        "Perbaikan jalan Sidomulyo",
                        "Jalan berlubang",
                        "Sidomulyo",
                        "Sidomulyo",
                        "INFRASTRUCTURE",
                        new BigDecimal("1.5"),
                        "km",
                        new BigDecimal("750000000"),
                        council.roads()));
        return new Scenario(council, recess, ani, budi, road);
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    private String page(MockHttpSession session, String url) throws Exception {
        var response = open(session, url);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String track(RecessFixture.Aspiration aspiration) throws Exception {
        var response = mvc.perform(post("/lacak")
                        .param("trackingNumber", aspiration.trackingNumber())
                        .param("accessCode", aspiration.accessCode())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRecessPageLinksTheReportsWhereAMissingReportIsFlaggedAndTheSecretariatSubmitsOne() throws Exception {
        var s = scenario();
        var base = "/kantor/admin/instansi/" + s.council().id() + "/reses";
        var admin = new OfficeBrowser(mvc).signIn(s.council().admin());
        assertThat(page(admin, base + "?tahun=2026"))
                .contains(base + "/" + s.recess() + "/laporan")
                .contains(base + "/pokir");

        var officer = new OfficeBrowser(mvc).signIn(s.council().officer());
        var reports = page(officer, base + "/" + s.recess() + "/laporan");
        assertThat(reports)
                .contains("Budi Santoso")
                .contains("Tidak ada laporan")
                .contains("31 Agustus 2026");
        var submitted = submit(officer, base + "/" + s.recess() + "/laporan/" + s.ani() + "/serahkan");
        assertThat(submitted.getStatus()).isEqualTo(302);
        var after = page(officer, base + "/" + s.recess() + "/laporan");
        assertThat(after).contains("Sudah diserahkan");
        var again = submit(officer, base + "/" + s.recess() + "/laporan/" + s.ani() + "/serahkan");
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("Laporan anggota ini sudah diserahkan.");
        var pdf = open(officer, base + "/" + s.recess() + "/laporan/" + s.ani() + ".pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");

        var clerk = new OfficeBrowser(mvc).signIn(s.council().clerk());
        assertThat(page(clerk, base + "/" + s.recess() + "/laporan")).doesNotContain("/serahkan");
        assertThat(submit(clerk, base + "/" + s.recess() + "/laporan/" + s.budi() + "/serahkan")
                        .getStatus())
                .isEqualTo(403);
        var stranger = new OfficeBrowser(mvc).signIn(fixture.council().officer());
        assertThat(open(stranger, base + "/" + s.recess() + "/laporan").getStatus())
                .isEqualTo(404);
        assertThat(open(stranger, base + "/pokir").getStatus()).isEqualTo(404);
    }

    @Test
    void anOfficerCompilesReviewsWithAReasonNextToTheRefusedFieldAndTheComplainantSeesTheOutcome() throws Exception {
        var s = scenario();
        var base = "/kantor/admin/instansi/" + s.council().id() + "/reses/pokir";
        var officer = new OfficeBrowser(mvc).signIn(s.council().officer());
        assertThat(page(officer, base)).contains("Belum ada himpunan pokir.");
        var refused = submit(officer, base, "title", "Pokir RKPD 2028", "planningYear", "dua ribu");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Isi tahun perencanaan, mis. 2028.")
                .contains("value=\"Pokir RKPD 2028\"");
        var created = submit(
                officer,
                base,
                "title",
                "Pokir RKPD 2028",
                "planningYear",
                "2028",
                "recessIds",
                s.recess().toString());
        assertThat(created.getStatus()).isEqualTo(302);
        var compilationUrl = created.getRedirectedUrl();
        assertThat(compilationUrl).startsWith(base + "/");
        var compilation = page(officer, compilationUrl);
        assertThat(compilation)
                .contains("Perbaikan jalan Sidomulyo")
                .contains(s.road().trackingNumber())
                .contains("Ani Rahmawati");
        var itemId = jdbc.sql("select item_id from pokir_item_case where case_id = ?")
                .param(s.road().caseId())
                .query(UUID.class)
                .single();

        // before review, the complainant sees that it is being reviewed for planning year 2028
        assertThat(track(s.road()))
                .contains("Pokok-pokok pikiran DPRD")
                .contains("2028")
                .contains("Sedang diverifikasi");

        var noReason = submit(officer, compilationUrl + "/butir/" + itemId, "review", "REJECTED", "reason", "");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString(StandardCharsets.UTF_8))
                .contains("Tulis alasan usulan dikembalikan atau ditolak")
                .contains("aria-invalid=\"true\"");
        var accepted = submit(
                officer, compilationUrl + "/butir/" + itemId, "review", "ACCEPTED", "estimatedCost", "800.000.000");
        assertThat(accepted.getStatus()).isEqualTo(302);
        var decided = submit(
                officer,
                compilationUrl + "/butir/" + itemId,
                "opdDecision",
                "ADOPTED",
                "opdDecidedOn",
                "2026-11-02",
                "opdProgram",
                "Program Penyelenggaraan Jalan",
                "opdNote",
                "catatan internal");
        assertThat(decided.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select estimated_cost from pokir_item where id = ?")
                        .param(itemId)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("800000000");

        var outcome = track(s.road());
        assertThat(outcome)
                .contains("Diterima dan diusulkan kepada perangkat daerah")
                .contains("Dinas Pekerjaan Umum dan Penataan Ruang")
                .contains("Program Penyelenggaraan Jalan")
                .contains("2 November 2026")
                .doesNotContain("catatan internal");

        var csv = open(officer, compilationUrl + "/pokir.csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Perbaikan jalan Sidomulyo;");

        var clerk = new OfficeBrowser(mvc).signIn(s.council().clerk());
        assertThat(page(clerk, compilationUrl))
                .contains("Perbaikan jalan Sidomulyo")
                .doesNotContain("/butir/");
        assertThat(submit(clerk, compilationUrl + "/butir/" + itemId, "review", "ACCEPTED")
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aRejectedAspirationShowsItsPublicReasonOnTheTrackingPage() throws Exception {
        var s = scenario();
        var officer = new OfficeBrowser(mvc).signIn(s.council().officer());
        var base = "/kantor/admin/instansi/" + s.council().id() + "/reses/pokir";
        var compilationUrl = submit(
                        officer,
                        base,
                        "title",
                        "Pokir RKPD 2028",
                        "planningYear",
                        "2028",
                        "recessIds",
                        s.recess().toString())
                .getRedirectedUrl();
        var itemId = jdbc.sql("select item_id from pokir_item_case where case_id = ?")
                .param(s.road().caseId())
                .query(UUID.class)
                .single();
        assertThat(submit(
                                officer,
                                compilationUrl + "/butir/" + itemId,
                                "review",
                                "REJECTED",
                                "reason",
                                "Jalan desa menjadi kewenangan desa (Dana Desa)")
                        .getStatus())
                .isEqualTo(302);
        assertThat(track(s.road()))
                .contains("Tidak dapat diusulkan")
                .contains("Jalan desa menjadi kewenangan desa (Dana Desa)");
    }
}
