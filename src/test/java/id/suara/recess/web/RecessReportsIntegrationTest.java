package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.intake.Intake;
import id.suara.recess.RecessFixture;
import id.suara.recess.RecessFixture.Council;
import id.suara.recess.RecessFixture.Heard;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Members' recess reports: composed from the visits, flagged when missing, submitted once, compiled per faction. */
@SuaraIntegrationTest
class RecessReportsIntegrationTest {

    @Autowired
    Api api;

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

    @Autowired
    TestClock clock;

    RecessFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RecessFixture(jdbc, institutions, staff, sops, intake);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The August 2026 recess: Ani held two visits (one cancelled visit besides), Budi held none, Citra left office
     * before it; Dedi signs in with his own account and held one visit.
     */
    record Recess(
            Council council,
            UUID recess,
            UUID ani,
            UUID budi,
            UUID citra,
            UUID dedi,
            String dediUser,
            RecessFixture.Aspiration road,
            RecessFixture.Aspiration school,
            RecessFixture.Aspiration water) {}

    private Recess recess() {
        var council = fixture.council();
        var recess = fixture.recess(council, 2026, 2, LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 22));
        var from = LocalDate.of(2024, 8, 20);
        var ani = fixture.member(council, "Ani Rahmawati", council.factionA(), council.dapil1(), from, null);
        var budi = fixture.member(council, "Budi Santoso", council.factionA(), council.dapil1(), from, null);
        var citra = fixture.member(
                council, "Citra Lestari", council.factionA(), council.dapil2(), from, LocalDate.of(2026, 8, 1));
        var dediUser = "dedi-" + UUID.randomUUID().toString().substring(0, 8);
        var dediAccount = fixture.memberAccount(council, dediUser);
        var dedi = fixture.member(
                council, "Dedi Kurniawan", council.factionB(), council.dapil2(), from, null, dediAccount);
        var first = fixture.visit(
                council,
                recess,
                ani,
                OffsetDateTime.parse("2026-08-18T09:00:00+07:00"),
                "Balai Desa Sidomulyo",
                "Sidomulyo",
                "Sidomulyo",
                "HELD");
        fixture.attendee(first, "Slamet Riyadi", "Kepala Desa Sidomulyo", true, true);
        fixture.attendee(first, "Warsini", "PKK Sidomulyo", false, true);
        fixture.attendee(first, "Joko Susilo", "BPD Sidomulyo", true, false);
        fixture.photo(first, "Dialog dengan warga di balai desa");
        var second = fixture.visit(
                council,
                recess,
                ani,
                OffsetDateTime.parse("2026-08-20T19:30:00+07:00"),
                "Masjid Al-Ikhlas Karanganyar",
                "Karanganyar",
                null,
                "HELD");
        fixture.attendee(second, "Sutrisno", null, false, true);
        fixture.visit(
                council,
                recess,
                ani,
                OffsetDateTime.parse("2026-08-21T09:00:00+07:00"),
                "Lapangan Kembaran",
                "Karanganyar",
                "Kembaran",
                "CANCELLED");
        var road = fixture.aspiration(
                council,
                first,
                new Heard(
                        "Slamet Riyadi",
                        "Perbaikan jalan Sidomulyo",
                        "Jalan berlubang",
                        "Sidomulyo",
                        "Sidomulyo",
                        "INFRASTRUCTURE",
                        null,
                        null,
                        null,
                        null));
        var school = fixture.aspiration(
                council,
                first,
                new Heard(
                        "Warsini",
                        "Rehabilitasi atap SD Negeri 2",
                        "Atap bocor",
                        "Sidomulyo",
                        "Sidomulyo",
                        "EDUCATION",
                        new BigDecimal("1"),
                        "paket",
                        null,
                        null));
        var water = fixture.aspiration(
                council,
                second,
                new Heard(
                        "Sutrisno",
                        "Pipa air bersih macet",
                        "Air PDAM tidak mengalir",
                        "Karanganyar",
                        null,
                        "ENVIRONMENT",
                        null,
                        null,
                        null,
                        null));
        var dediVisit = fixture.visit(
                council,
                recess,
                dedi,
                OffsetDateTime.parse("2026-08-19T10:00:00+07:00"),
                "Pendopo Kecamatan Pejagoan",
                "Pejagoan",
                "Peniron",
                "HELD");
        fixture.attendee(dediVisit, "Kelompok Tani Makmur", null, false, true);
        return new Recess(council, recess, ani, budi, citra, dedi, dediUser, road, school, water);
    }

    private List<Map<String, Object>> list(String user, Recess r) {
        var response = api.send(Api.as(
                user,
                get(
                        "/api/v1/institutions/{id}/recesses/{r}/reports",
                        r.council().id(),
                        r.recess())));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return api.jsonList(response.raw());
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, UUID member) {
        return rows.stream()
                .filter(row -> member.toString().equals(row.get("memberId")))
                .findFirst()
                .orElse(null);
    }

    private Response submit(String user, Recess r, UUID member) {
        return api.send(Api.as(
                user,
                post(
                        "/api/v1/institutions/{id}/recesses/{r}/reports/{m}",
                        r.council().id(),
                        r.recess(),
                        member)));
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfFiles.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theReportListsEachHeldVisitsTimePlaceAndAttendanceAndEveryAspirationWithItsTrackingNumber() throws Exception {
        var r = recess();
        var pdf = api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/recesses/{r}/reports/{m}",
                r.council().id(),
                r.recess(),
                r.ani());
        PdfFiles.keepFirstPageAsPng(pdf, "laporan-reses");
        var text = text(pdf);
        assertThat(text)
                .contains("KONSEP — BELUM DISERAHKAN")
                .contains("LAPORAN TENTANG HASIL RESES MASA PERSIDANGAN II TAHUN 2026")
                .contains("Ani Rahmawati")
                .contains("A. Pendahuluan")
                .contains("B. Kegiatan yang dilaksanakan")
                .contains("C. Hasil yang dicapai")
                .contains("D. Kesimpulan dan saran")
                .contains("E. Penutup")
                .contains("18 Agustus 2026 pukul 09.00 WIB")
                .contains("Balai Desa Sidomulyo")
                .contains("20 Agustus 2026 pukul 19.30 WIB")
                .contains("Masjid Al-Ikhlas Karanganyar")
                // two of three on the guest list came; one came to the second visit
                .contains("2 orang (diundang 2)")
                .contains("Peserta hadir: 1 orang")
                .contains("Slamet Riyadi")
                .contains("2 kunjungan reses yang terlaksana, dihadiri 3 orang, dengan 3 aspirasi")
                .contains("Perbaikan jalan Sidomulyo")
                .contains(r.road().trackingNumber())
                .contains("Rehabilitasi atap SD Negeri 2")
                .contains(r.school().trackingNumber())
                .contains("Pendidikan")
                .contains("Pipa air bersih macet")
                .contains(r.water().trackingNumber())
                .contains("Dokumentasi: Dialog dengan warga di balai desa")
                .doesNotContain("Lapangan Kembaran")
                .doesNotContain("Joko Susilo");
    }

    @Test
    void aMemberInOfficeWithoutAReportPastItsDueDayIsFlaggedMissingAndOneWithASubmittedReportIsNot() {
        var r = recess();
        var before = list(r.council().clerk(), r);
        assertThat(row(before, r.citra())).as("left office before the recess").isNull();
        assertThat(row(before, r.budi()).get("status")).isEqualTo("MISSING");
        assertThat(row(before, r.ani()).get("status")).isEqualTo("MISSING");
        // 5 working days after Saturday 22 August: 24, 26, 27, 28 and 31 August (25 August 2026 is Maulid Nabi)
        assertThat(row(before, r.ani()).get("dueOn")).isEqualTo("2026-08-31");

        var submitted = submit(r.council().officer(), r, r.ani());
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        assertThat((String) submitted.get("status")).isEqualTo("SUBMITTED");
        var after = list(r.council().clerk(), r);
        assertThat(row(after, r.ani()).get("status")).isEqualTo("SUBMITTED");
        assertThat(row(after, r.ani()).get("missing")).isEqualTo(false);
        assertThat(row(after, r.budi()).get("status")).isEqualTo("MISSING");
        assertThat(row(after, r.budi()).get("missing")).isEqualTo(true);
    }

    @Test
    void beforeTheDueDayAReportWithHeldVisitsIsADraftAndOneWithoutIsNotStarted() {
        var r = recess();
        clock.set(Instant.parse("2026-08-24T03:00:00Z"));
        var rows = list(r.council().clerk(), r);
        assertThat(row(rows, r.ani()).get("status")).isEqualTo("DRAFT");
        assertThat(row(rows, r.ani()).get("heldVisits")).isEqualTo(2);
        assertThat(row(rows, r.ani()).get("aspirations")).isEqualTo(3);
        assertThat(row(rows, r.budi()).get("status")).isEqualTo("NOT_STARTED");
        clock.set(Instant.parse("2026-08-31T16:59:00Z"));
        assertThat(row(list(r.council().clerk(), r), r.budi()).get("status")).isEqualTo("NOT_STARTED");
        clock.set(Instant.parse("2026-08-31T17:00:00Z"));
        assertThat(row(list(r.council().clerk(), r), r.budi()).get("status")).isEqualTo("MISSING");
    }

    @Test
    void aSubmittedReportIsStoredOnceWithItsChecksumAndServedAsSubmitted() throws Exception {
        var r = recess();
        var submitted = submit(r.dediUser(), r, r.dedi());
        assertThat(submitted.status()).as("the member submits his own").isEqualTo(201);
        var pdf = api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/recesses/{r}/reports/{m}",
                r.council().id(),
                r.recess(),
                r.dedi());
        var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat((String) submitted.get("sha256")).isEqualTo(sha);
        assertThat(text(pdf))
                .contains("Diserahkan melalui Suara oleh " + r.dediUser())
                .contains("Pendopo Kecamatan Pejagoan")
                .doesNotContain("KONSEP");
        assertThatThrownBy(() -> jdbc.sql("update recess_report set aspirations = 99 where member_id = ?")
                        .param(r.dedi())
                        .update())
                .as("a submitted report is never changed")
                .hasMessageContaining("never changed");
        var again = submit(r.council().officer(), r, r.dedi());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("memberId");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'recess.report.submitted' and subject_id = ?")
                        .param(r.dedi().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReportIsRefusedBeforeTheRecessEndsWithoutAHeldVisitAndFromOthersThanTheSecretariatOrTheMember() {
        var r = recess();
        var noVisit = submit(r.council().officer(), r, r.budi());
        assertThat(noVisit.status()).isEqualTo(409);
        assertThat(noVisit.errorFields()).containsExactly("visits");
        clock.set(Instant.parse("2026-08-21T03:00:00Z"));
        var early = submit(r.council().officer(), r, r.ani());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.errorFields()).containsExactly("recessId");
        clock.reset();
        assertThat(submit(r.council().clerk(), r, r.ani()).status()).isEqualTo(403);
        assertThat(submit(r.dediUser(), r, r.ani()).status())
                .as("another member's report")
                .isEqualTo(403);
        var other = fixture.council();
        assertThat(submit(other.admin(), r, r.ani()).status()).isEqualTo(404);
        var stranger = api.send(Api.as(
                other.officer(),
                get(
                        "/api/v1/institutions/{id}/recesses/{r}/reports",
                        r.council().id(),
                        r.recess())));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from recess_report where recess_id = ?")
                        .param(r.recess())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFactionCompilationHoldsItsMembersSubmittedReportsAndNamesThoseMissing() throws Exception {
        var r = recess();
        assertThat(submit(r.council().officer(), r, r.ani()).status()).isEqualTo(201);
        var pdf = api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/recesses/{r}/factions/{f}/report.pdf",
                r.council().id(),
                r.recess(),
                r.council().factionA());
        var text = text(pdf);
        assertThat(text)
                .contains("HIMPUNAN LAPORAN HASIL RESES MASA PERSIDANGAN II TAHUN 2026")
                .contains("FRAKSI KARYA BANGSA")
                .contains("Anggota yang belum menyerahkan laporan")
                .contains("1. Budi Santoso (Dapil 1), batas waktu 31 Agustus 2026")
                .contains("Sudah diserahkan")
                .contains("Perbaikan jalan Sidomulyo")
                .contains(r.water().trackingNumber())
                .doesNotContain("Dedi Kurniawan")
                .doesNotContain("Citra Lestari");
        var notAFaction = api.send(Api.as(
                r.council().clerk(),
                get(
                        "/api/v1/institutions/{id}/recesses/{r}/factions/{f}/report.pdf",
                        r.council().id(),
                        r.recess(),
                        r.council().roads())));
        assertThat(notAFaction.status()).isEqualTo(404);
    }
}
