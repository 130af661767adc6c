package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.recess.AspirationCategory;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewAspiration;
import id.suara.recess.NewVisit;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessVisits;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import id.suara.test.TestFiles;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The back-office visit pages, the case page's link to the visit and the public recess agenda (ADR 0032). */
@SuaraIntegrationTest
class VisitPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    RecessCalendar calendar;

    @Autowired
    CouncilMembers members;

    @Autowired
    SopVersions sops;

    @Autowired
    RecessVisits visits;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Council newCouncil() {
        return Council.create(institutions, staff, calendar, members, sops);
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        var request = get(url);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(MockHttpSession session, String url) throws Exception {
        var response = open(session, url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String visitsPage(Council c) {
        return "/kantor/instansi/" + c.id() + "/reses/" + c.recess() + "/kunjungan";
    }

    @Test
    void aCompanionPlansAVisitOfTheirMemberAndEntersAnAspirationWhoseCaseLinksBackToTheVisit() throws Exception {
        var c = newCouncil();
        var companion = new OfficeBrowser(mvc).signIn(c.aniCompanion());
        assertThat(page(companion, "/kantor/kunjungan-reses"))
                .contains(visitsPage(c))
                .contains("Masa Reses I Tahun 2027");
        var list = page(companion, visitsPage(c));
        assertThat(list).contains("Ani Lestari").contains("Budi Santoso").contains("id=\"visit-memberId\"");
        // the companion plans only for their own member
        assertThat(list).contains("value=\"" + c.ani() + "\"").doesNotContain("value=\"" + c.budi() + "\"");

        var planned = submit(
                companion,
                visitsPage(c),
                "memberId",
                c.ani().toString(),
                "startsAt",
                "2027-04-20T09:00",
                "place",
                "Balai Desa Panjer",
                "district",
                "Kebumen",
                "village",
                "Panjer");
        assertThat(planned.getStatus()).isEqualTo(302);
        var visitUrl = planned.getRedirectedUrl();
        assertThat(visitUrl).startsWith(visitsPage(c) + "/");
        var visitPage = page(companion, visitUrl);
        assertThat(visitPage).contains("Balai Desa Panjer").contains("id=\"aspiration-summary\"");
        // the companion finds the printable and importable sheets from the visit
        var visitId = visitUrl.substring(visitUrl.lastIndexOf('/') + 1);
        assertThat(visitPage).contains("/kantor/admin/instansi/" + c.id() + "/reses/kunjungan/" + visitId + "/lembar");

        var refused =
                submit(companion, visitUrl + "/aspirasi", "summary", "", "problem", "Jalan rusak", "urgency", "SEGERA");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("id=\"aspiration-summary-error\"")
                .contains("id=\"aspiration-category-error\"")
                .contains("Jalan rusak");

        var recorded = submit(
                companion,
                visitUrl + "/aspirasi",
                "summary",
                "Perbaikan jalan desa Panjer",
                "problem",
                "Jalan berlubang sepanjang 300 m",
                "category",
                "INFRASTRUCTURE",
                "urgency",
                "SEGERA",
                "district",
                "Kebumen",
                "village",
                "Panjer",
                "volume",
                "300",
                "volumeUnit",
                "m",
                "estimatedCost",
                "250.000.000");
        assertThat(recorded.getStatus()).isEqualTo(302);
        var after = page(companion, visitUrl);
        assertThat(after).contains("Perbaikan jalan desa Panjer").contains("Rp250.000.000");

        var aspiration = visits.aspirations(
                        staff.findByUsername(c.officer()).orElseThrow(),
                        c.institution(),
                        UUID.fromString(visitUrl.substring(visitUrl.lastIndexOf('/') + 1)))
                .getFirst();
        var officer = new OfficeBrowser(mvc).signIn(c.officer());
        assertThat(page(officer, "/kantor/kasus/" + aspiration.caseId()))
                .contains(
                        "Aspirasi dari kunjungan reses Ani Lestari (Fraksi Karya Bangsa) di Balai Desa Panjer, 2027-04-20")
                .contains("href=\"" + visitUrl + "\"");
    }

    @Test
    void aPhotoUploadedOnTheVisitPageIsShownThereAndAFileThatIsNoImageIsRefusedNextToItsField() throws Exception {
        var c = newCouncil();
        var visit = visits.plan(
                staff.findByUsername(c.officer()).orElseThrow(),
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.ani(),
                        OffsetDateTime.parse("2027-04-20T09:00:00+07:00"),
                        null,
                        "Balai Desa Panjer",
                        "Kebumen",
                        "Panjer",
                        null));
        var url = visitsPage(c) + "/" + visit.id();
        var companion = new OfficeBrowser(mvc).signIn(c.aniCompanion());
        var refused = mvc.perform(multipart(url + "/foto")
                        .file(new MockMultipartFile("file", "undangan.pdf", "application/pdf", TestFiles.pdf()))
                        .session(companion)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"photo-file-error\"");
        var uploaded = mvc.perform(multipart(url + "/foto")
                        .file(new MockMultipartFile("file", "suasana.png", "image/png", TestFiles.png()))
                        .param("caption", "Suasana reses")
                        .session(companion)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        var page = page(companion, url);
        assertThat(page).contains("Suasana reses").contains("alt=\"Suasana reses\"");
        var photo = visits.photos(staff.findByUsername(c.officer()).orElseThrow(), c.institution(), visit.id())
                .getFirst();
        var image = open(new OfficeBrowser(mvc).signIn(c.reader()), url + "/foto/" + photo.id());
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).isEqualTo(TestFiles.png());
    }

    @Test
    void aPlannedVisitIsChangedOnItsPageAndATimeOutsideTheRecessIsRefusedNextToItsField() throws Exception {
        var c = newCouncil();
        var visit = visits.plan(
                staff.findByUsername(c.officer()).orElseThrow(),
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.ani(),
                        OffsetDateTime.parse("2027-04-20T09:00:00+07:00"),
                        null,
                        "Balai Desa Panjer",
                        "Kebumen",
                        "Panjer",
                        null));
        var url = visitsPage(c) + "/" + visit.id();
        var companion = new OfficeBrowser(mvc).signIn(c.aniCompanion());
        assertThat(page(companion, url)).contains("value=\"2027-04-20T09:00\"");
        var refused = submit(
                companion,
                url + "/ubah",
                "startsAt",
                "2027-05-02T09:00",
                "place",
                "Balai Desa Panjer",
                "district",
                "Kebumen");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"visit-startsAt-error\"");
        var changed = submit(
                companion,
                url + "/ubah",
                "startsAt",
                "2027-04-21T13:00",
                "place",
                "Masjid Baiturrahman",
                "district",
                "Sruweng",
                "village",
                "Karangsari");
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(page(companion, url)).contains("Masjid Baiturrahman, Karangsari, Sruweng");
    }

    @Test
    void aReaderSeesTheVisitsWithoutFormsAndACompanionOfAnotherMemberMayNotEnterItsAspirations() throws Exception {
        var c = newCouncil();
        var budi = visits.plan(
                staff.findByUsername(c.officer()).orElseThrow(),
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.budi(),
                        OffsetDateTime.parse("2027-04-21T09:00:00+07:00"),
                        null,
                        "Aula Kecamatan Sruweng",
                        "Sruweng",
                        null,
                        null));
        var reader = new OfficeBrowser(mvc).signIn(c.reader());
        var list = page(reader, visitsPage(c));
        assertThat(list).contains("Aula Kecamatan Sruweng").doesNotContain("id=\"visit-memberId\"");
        assertThat(page(reader, visitsPage(c) + "/" + budi.id())).doesNotContain("id=\"aspiration-summary\"");

        var companion = new OfficeBrowser(mvc).signIn(c.aniCompanion());
        assertThat(page(companion, visitsPage(c) + "/" + budi.id())).doesNotContain("id=\"aspiration-summary\"");
        var forbidden = submit(
                companion,
                visitsPage(c) + "/" + budi.id() + "/aspirasi",
                "summary",
                "Jalan",
                "problem",
                "Jalan",
                "category",
                "INFRASTRUCTURE",
                "urgency",
                "BIASA",
                "district",
                "Sruweng");
        assertThat(forbidden.getStatus()).isEqualTo(403);

        var other = newCouncil();
        var stranger = new OfficeBrowser(mvc).signIn(other.officer());
        assertThat(open(stranger, visitsPage(c)).getStatus()).isEqualTo(404);
        assertThat(open(stranger, visitsPage(c) + "/" + budi.id()).getStatus()).isEqualTo(404);
    }

    @Test
    void theGroupingPageSuggestsTwoMembersSameNeedAndGroupsThem() throws Exception {
        var c = newCouncil();
        var officer = staff.findByUsername(c.officer()).orElseThrow();
        var ani = visits.plan(
                officer,
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.ani(),
                        OffsetDateTime.parse("2027-04-20T09:00:00+07:00"),
                        null,
                        "Balai Desa",
                        "Kebumen",
                        "Panjer",
                        null));
        var budi = visits.plan(
                officer,
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.budi(),
                        OffsetDateTime.parse("2027-04-21T09:00:00+07:00"),
                        null,
                        "Masjid",
                        "Kebumen",
                        "Panjer",
                        null));
        for (var visit : new UUID[] {ani.id(), budi.id()}) {
            visits.recordAspiration(
                    officer,
                    c.institution(),
                    visit,
                    new NewAspiration(
                            null,
                            null,
                            "Kebumen",
                            "Panjer",
                            "Perbaikan jalan desa Panjer",
                            "Jalan rusak",
                            AspirationCategory.INFRASTRUCTURE,
                            "SEGERA",
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        var session = new OfficeBrowser(mvc).signIn(c.officer());
        var url = "/kantor/instansi/" + c.id() + "/reses/" + c.recess() + "/pengelompokan";
        var grouping = page(session, url);
        assertThat(grouping).contains("Ani Lestari").contains("Budi Santoso").contains("name=\"aspirationIds\"");
        var ids = visits.aspirations(officer, c.institution(), ani.id())
                        .getFirst()
                        .id() + ","
                + visits.aspirations(officer, c.institution(), budi.id())
                        .getFirst()
                        .id();
        var request = post(url).session(session).with(csrf()).param("title", "Jalan Desa Panjer");
        for (var id : ids.split(",")) {
            request.param("aspirationIds", id);
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page(session, url)).contains("Jalan Desa Panjer").contains("Bubarkan kelompok");
    }

    @Test
    void thePublicAgendaListsPublishedVisitsWithMemberFactionAndDapilAndIsLinkedFromTheInstitutionPage()
            throws Exception {
        var c = newCouncil();
        clock.set(Instant.parse("2027-04-10T03:00:00Z"));
        var officer = staff.findByUsername(c.officer()).orElseThrow();
        visits.plan(
                officer,
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.citra(),
                        OffsetDateTime.parse("2027-04-22T14:00:00+07:00"),
                        null,
                        "Pendopo Kecamatan Gombong",
                        "Gombong",
                        "Wero",
                        120));
        var cancelled = visits.plan(
                officer,
                c.institution(),
                new NewVisit(
                        c.recess(),
                        c.ani(),
                        OffsetDateTime.parse("2027-04-23T09:00:00+07:00"),
                        null,
                        "Balai Desa Panjer",
                        "Kebumen",
                        "Panjer",
                        null));
        visits.cancel(officer, c.institution(), cancelled.id());

        var institutionPage = page(null, "/i/" + c.institution().code());
        assertThat(institutionPage).contains("/i/" + c.institution().code() + "/agenda-reses");
        var agenda = page(null, "/i/" + c.institution().code() + "/agenda-reses");
        assertThat(agenda)
                .contains("Pendopo Kecamatan Gombong")
                .contains("Wero, Gombong")
                .contains("Citra Dewi")
                .contains("Fraksi Karya Bangsa")
                .contains("Uji 2")
                .contains("Kamis, 22 April 2027 pukul 14.00 WIB")
                .contains("Dibatalkan");

        // a week after the visits they are gone from the agenda
        clock.set(Instant.parse("2027-05-03T03:00:00Z"));
        assertThat(page(null, "/i/" + c.institution().code() + "/agenda-reses"))
                .doesNotContain("Pendopo Kecamatan Gombong");
        assertThat(open(null, "/i/tidak-ada-" + UUID.randomUUID() + "/agenda-reses")
                        .getStatus())
                .isEqualTo(404);
    }
}
