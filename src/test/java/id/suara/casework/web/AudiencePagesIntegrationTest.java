package id.suara.casework.web;

import static id.suara.casework.web.CasePageIntegrationTest.content;
import static id.suara.casework.web.CasePageIntegrationTest.tag;
import static id.suara.casework.web.CasePageIntegrationTest.visibleText;
import static id.suara.casework.web.OfficePages.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audience pages as staff use them (ADR 0026): the Secretary's coordinate form refusing a full day at the time
 * field, in the reader's language, with the next times; the gate's and Humas's forms on a case's audience page, and what
 * they recorded on the case page; an organ's agenda. Today is Monday 2 November 2026, 09:00 WIB.
 */
@SuaraIntegrationTest
class AudiencePagesIntegrationTest {

    static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-02T09:00:00+07:00");

    static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    Institutions institutions;

    OfficePages office;

    @BeforeEach
    void setUp() {
        office = new OfficePages(mvc);
        clock.set(MONDAY.toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    UUID newOrgan(String name) {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow();
        return institutions
                .addUnit(
                        kebumen.id(),
                        "pansus-" + UUID.randomUUID().toString().substring(0, 8),
                        name,
                        UnitType.COUNCIL_ORGAN)
                .id();
    }

    /** A walk-in delegation of Kelompok Tani Sido Makmur, passed on to the Secretary; returns the case id. */
    String delegationAtCoordination() {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        request.put("audienceRequestedFor", "2026-11-17T10:00:00+07:00");
        request.put("delegationSize", 4);
        ((Map<String, Object>) request.get("complainant")).put("organisation", "Kelompok Tani Sido Makmur");
        var registered = api.register("kebumen.petugas", request);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        assertThat(api.check("kebumen.petugas", caseId, ALL_MET).status()).isEqualTo(200);
        for (var step : List.of(
                List.of("kebumen.petugas", "accept"),
                List.of("kebumen.petugas", "record"),
                List.of("kebumen.petugas", "forward"),
                List.of("kebumen.humas", "forward"))) {
            assertThat(api.act(step.get(0), caseId, step.get(1), Map.of()).status())
                    .isEqualTo(200);
        }
        return caseId;
    }

    void agreed(String caseId, UUID organ, String meetingAt) {
        var response = api.act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", organ.toString(), "meetingAt", meetingAt));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    MockHttpServletRequestBuilder form(MockHttpSession session, String url, Object... vars) {
        return post(url, vars).session(session).with(csrf());
    }

    @Test
    void theCoordinateFormRefusesAFullDayAtTheTimeFieldSayingTheRuleAndTheNextTimes() throws Exception {
        var organ = newOrgan("Pansus Uji Formulir");
        for (var time : List.of("09:00", "10:00", "11:00")) {
            agreed(delegationAtCoordination(), organ, "2026-11-17T" + time + ":00+07:00");
        }
        var fourth = delegationAtCoordination();
        var sekwan = office.signIn("kebumen.sekwan");
        var version = OfficePages.version(office.page(sekwan, "/kantor/kasus/{id}", fourth));

        var refused = body(mvc.perform(form(sekwan, "/kantor/kasus/{id}/tindakan/coordinate", fourth)
                        .param("version", Integer.toString(version))
                        .param("fields[assignedUnit]", organ.toString())
                        .param("fields[meetingAt]", "2026-11-17T13:00"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(tag(refused, "a-coordinate-meetingAt"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"a-coordinate-meetingAt-error\"")
                .contains("value=\"2026-11-17T13:00\"");
        assertThat(visibleText(content(refused, "a-coordinate-meetingAt-error")))
                .contains("Pansus Uji Formulir sudah menerima 3 delegasi pada Selasa, 17 November 2026")
                .contains("paling banyak 3 delegasi dalam satu hari kerja")
                .contains("Rabu, 18 November 2026 pukul 13.00 WIB; Kamis, 19 November 2026 pukul 13.00 WIB;"
                        + " Jumat, 20 November 2026 pukul 09.00 WIB")
                .doesNotContain("isian belum benar");
        assertThat(visibleText(content(refused, "error-summary"))).contains("Waktu audiensi yang disepakati:");
        assertThat(refused).contains("href=\"#a-coordinate-meetingAt\"");

        var english = body(mvc.perform(form(sekwan, "/kantor/kasus/{id}/tindakan/coordinate?lang=en", fourth)
                        .param("version", Integer.toString(version))
                        .param("fields[assignedUnit]", organ.toString())
                        .param("fields[meetingAt]", "2026-11-17T13:00"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(visibleText(content(english, "a-coordinate-meetingAt-error")))
                .contains("Pansus Uji Formulir already receives 3 delegations on Tuesday, 17 November 2026")
                .contains("Wednesday 18 November 2026 at 13:00 WIB");

        mvc.perform(form(sekwan, "/kantor/kasus/{id}/tindakan/coordinate", fourth)
                        .param("version", Integer.toString(version))
                        .param("fields[assignedUnit]", organ.toString())
                        .param("fields[meetingAt]", "2026-11-18T13:00"))
                .andExpect(redirectedUrl("/kantor/kasus/" + fourth));
    }

    @Test
    void theGateAndHumasRecordTheAudienceOnItsPageAndTheCasePageShowsItInPlainWords() throws Exception {
        var organ = newOrgan("Pansus Uji Halaman Audiensi");
        var caseId = delegationAtCoordination();
        agreed(caseId, organ, "2026-11-17T10:00:00+07:00");
        var humas = office.signIn("kebumen.humas");
        assertThat(office.page(humas, "/kantor/kasus/{id}/audiensi", caseId))
                .as("the gate's form waits for the day")
                .doesNotContain("id=\"arrival-form\"");
        clock.set(OffsetDateTime.parse("2026-11-17T09:40:00+07:00").toInstant());
        var page = office.page(humas, "/kantor/kasus/{id}/audiensi", caseId);
        assertThat(page).contains("id=\"arrival-form\"", "id=\"member-name-4\"").doesNotContain("id=\"member-name-5\"");

        var tooMany =
                form(humas, "/kantor/kasus/{id}/audiensi/kedatangan", caseId).param("arrivedAt", "09:40");
        for (int i = 1; i <= 5; i++) {
            tooMany.param("names", "Anggota " + i).param("identityNumbers", "");
        }
        tooMany.param("identityNumbers", "3305014101900002");
        var refused = body(mvc.perform(tooMany)
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(visibleText(content(refused, "members-error")))
                .isEqualTo("Catat anggota delegasi yang hadir: paling sedikit 1 dan paling banyak 5 orang.");
        assertThat(refused).contains("href=\"#member-name-0\"", "value=\"Anggota 5\"");

        mvc.perform(form(humas, "/kantor/kasus/{id}/audiensi/kedatangan", caseId)
                        .param("arrivedAt", "09:40")
                        .param("names", "Sutrisno", "Wagiyem", "", "", "")
                        .param("identityNumbers", "", "3305014101900002", "", "", ""))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId + "/audiensi"));
        mvc.perform(form(humas, "/kantor/kasus/{id}/audiensi/catatan", caseId)
                        .param("notes", "Delegasi menyampaikan kerusakan saluran irigasi.")
                        .param("outcome", "Peninjauan lapangan pekan depan"))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId + "/audiensi"));

        var casePage = office.page(office.signIn("kebumen.sekwan"), "/kantor/kasus/{id}", caseId);
        assertThat(visibleText(content(casePage, "audience")))
                .contains("Selasa, 17 November 2026 pukul 10.00 WIB")
                .contains("Pansus Uji Halaman Audiensi")
                .contains("Selesai dan tercatat")
                .contains("2 orang hadir", "Sutrisno", "Wagiyem", "NIK ************0002")
                .contains("Yang disampaikan Delegasi menyampaikan kerusakan saluran irigasi.")
                .contains("Hasil Peninjauan lapangan pekan depan")
                .doesNotContain("3305014101900002");
        assertThat(visibleText(content(casePage, "history")))
                .contains("Staf Humas (Bagian Humas): Kedatangan delegasi dicatat")
                .contains("Jam kedatangan: 17 Nov 2026 09.40 WIB")
                .contains("Anggota yang hadir: 2")
                .contains("Jalannya audiensi dicatat")
                .contains("Hasil: Peninjauan lapangan pekan depan")
                .doesNotContain("audience-arrival", "membersPresent");
    }

    @Test
    void anOrgansAgendaPageListsItsAudiencesAndWhatItHasNotDiscussed() throws Exception {
        var komisiA = api.unit("dprd-kebumen", "komisi-a");
        var caseId = delegationAtCoordination();
        agreed(caseId, komisiA, "2026-11-19T10:00:00+07:00");
        var registrationNumber = api.view("kebumen.sekwan", caseId).<String>get("submission.registrationNumber");
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        letter.put("title", "Pungutan di pasar desa");
        String complaint = api.register("kebumen.umum", letter).get("case.id");
        assertThat(api.check("kebumen.umum", complaint, ALL_MET).status()).isEqualTo(200);
        for (var step : List.of(
                List.of("kebumen.umum", "accept"),
                List.of("kebumen.petugas", "record"),
                List.of("kebumen.petugas", "forward"),
                List.of("kebumen.pengaduan", "forward"))) {
            assertThat(api.act(step.get(0), complaint, step.get(1), Map.of()).status())
                    .isEqualTo(200);
        }
        assertThat(api.act("kebumen.sekwan", complaint, "coordinate", Map.of("assignedUnit", komisiA.toString()))
                        .status())
                .isEqualTo(200);
        clock.set(OffsetDateTime.parse("2026-12-07T09:00:00+07:00").toInstant());
        var komisia = office.signIn("kebumen.komisia");

        mvc.perform(get("/kantor/agenda").session(komisia)).andExpect(redirectedUrl("/kantor/agenda/" + komisiA));
        var agenda = office.page(komisia, "/kantor/agenda/{id}", komisiA);

        assertThat(agenda).contains("href=\"/kantor/agenda\"").contains("Agenda AKD");
        assertThat(visibleText(content(agenda, "past")))
                .contains("19 Nov 2026 10.00 WIB", "Kelompok Tani Sido Makmur", "4 orang", registrationNumber)
                .contains("Kedatangan tidak tercatat");
        assertThat(visibleText(content(agenda, "undiscussed")))
                .contains("Pungutan di pasar desa", "Lebih dari sebulan");
        assertThat(agenda).contains("href=\"/kantor/kasus/" + complaint + "/audiensi#discussion-form\"");
        mvc.perform(get("/kantor/agenda/{id}", komisiA).session(office.signIn("kebumen.komisic")))
                .andExpect(status().isNotFound());
    }

    @Test
    void humasDraftsTheScheduleLetterFromTheAudiencePageWhichListsIt() throws Exception {
        var organ = newOrgan("Pansus Uji Surat Jadwal");
        var caseId = delegationAtCoordination();
        var humas = office.signIn("kebumen.humas");
        assertThat(office.page(humas, "/kantor/kasus/{id}/audiensi", caseId))
                .as("no schedule to tell before it is agreed")
                .doesNotContain("id=\"schedule-letters\"");
        var refused = body(mvc.perform(form(humas, "/kantor/kasus/{id}/audiensi/surat", caseId)
                        .param("signatoryId", api.signatory("dprd-kebumen").toString()))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(refused).contains("Belum ada audiensi yang disepakati");

        agreed(caseId, organ, "2026-11-17T10:00:00+07:00");
        var page = office.page(humas, "/kantor/kasus/{id}/audiensi", caseId);
        assertThat(visibleText(content(page, "schedule-letters")))
                .contains("Surat pemberitahuan jadwal audiensi", "Buat surat dari jadwal audiensi");
        var drafted = mvc.perform(form(humas, "/kantor/kasus/{id}/audiensi/surat", caseId)
                        .param("signatoryId", api.signatory("dprd-kebumen").toString()))
                .andExpect(status().isFound())
                .andReturn();
        var letterUrl = drafted.getResponse().getRedirectedUrl();
        assertThat(letterUrl).startsWith("/kantor/kasus/" + caseId + "/surat/");
        assertThat(office.page(humas, letterUrl))
                .contains("Pemberitahuan Jadwal Audiensi", "Koordinator Delegasi Kelompok Tani Sido Makmur");
        assertThat(visibleText(content(office.page(humas, "/kantor/kasus/{id}/audiensi", caseId), "schedule-letters")))
                .contains("Konsep, belum ditandatangani");
        // drafted from the audience, not offered among the case page's blank letters
        assertThat(office.page(humas, "/kantor/kasus/{id}", caseId))
                .contains("<option value=\"RESPONSE_LETTER\"")
                .doesNotContain("<option value=\"AUDIENCE_SCHEDULE_LETTER\"");
    }
}
