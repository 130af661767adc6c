package id.suara.calendar.web;

import static id.suara.test.OfficeBrowser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.calendar.Holiday;
import id.suara.calendar.HolidayType;
import id.suara.calendar.InstitutionCalendars;
import id.suara.institution.Institutions;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The working calendar's administration page, used through the login form as an administrator would. */
@SuaraIntegrationTest
class CalendarPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    InstitutionCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String username) throws Exception {
        return new OfficeBrowser(mvc).signIn(username);
    }

    MvcResult open(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session)).andReturn();
    }

    MvcResult send(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn();
    }

    UUID kebumen() {
        return institutions.findByCode("dprd-kebumen").orElseThrow().id();
    }

    UUID pekalongan() {
        return institutions.findByCode("setwan-pekalongan").orElseThrow().id();
    }

    long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    List<String> auditSince(long seq, String actor, String subjectId) {
        return jdbc.sql(
                        "select action from audit_entry where seq > ? and actor_name = ? and subject_id = ? order by seq")
                .params(seq, actor, subjectId)
                .query(String.class)
                .list();
    }

    Optional<Holiday> on(UUID institutionId, LocalDate date) {
        return calendars.holidays(institutionId, date.getYear()).stream()
                .filter(h -> h.date().equals(date) && Objects.equals(h.institutionId(), institutionId))
                .findFirst();
    }

    static MockHttpServletRequestBuilder addDay(String date, String nameId) {
        return post("/kantor/admin/kalender/hari-libur")
                .param("date", date)
                .param("type", "REGIONAL_HOLIDAY")
                .param("nameId", nameId)
                .param("nameEn", "Test day")
                .param("source", "Keputusan Bupati (uji)");
    }

    static MockHttpServletRequestBuilder hours(String fridayOpens, String fridayCloses) {
        var request = post("/kantor/admin/kalender/jam-kerja");
        for (var day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")) {
            request.param(day + ".open", "on").param(day + ".opens", "08:00").param(day + ".closes", "15:30");
        }
        return request.param("FRIDAY.open", "on")
                .param("FRIDAY.opens", fridayOpens)
                .param("FRIDAY.closes", fridayCloses);
    }

    @Test
    void thePageListsTheYearsNationalDaysInIndonesianAndInEnglish() throws Exception {
        var admin = signIn("kebumen.admin");
        var independenceDay = on(null, LocalDate.of(2026, 8, 17)).orElseThrow();

        var page = open(admin, "/kantor/admin/kalender?year=2026");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("Kalender kerja", "Senin, 17 Agustus 2026", "Proklamasi Kemerdekaan Republik Indonesia")
                .contains("Hari libur nasional", "Cuti bersama", "SKB Menag-Menaker-MenPANRB")
                .contains("type=\"date\"", "type=\"time\"", "Jam kerja", "name=\"_csrf\"")
                .contains("/kantor/admin/kalender?year=2025", "/kantor/admin/kalender?year=2027")
                .doesNotContain("/hari-libur/" + independenceDay.id() + "/hapus");

        var english = body(open(admin, "/kantor/admin/kalender?year=2026&lang=en"));
        assertThat(english)
                .contains("Working calendar", "Monday, 17 August 2026", "Independence Day", "National holiday")
                .contains("Office hours", "counted in these working days and office hours");
        assertThat(body(open(admin, "/kantor/admin"))).contains("/kantor/admin/kalender");
    }

    @Test
    void withoutAYearThePageShowsTheCurrentYearInTheInstitutionsTimeZone() throws Exception {
        clock.set(Instant.parse("2026-12-31T18:00:00Z"));
        var page = body(open(signIn("kebumen.admin"), "/kantor/admin/kalender"));
        assertThat(page).contains("tahun 2027").doesNotContain("tahun 2026");
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        var umum = signIn("kebumen.umum");
        assertThat(open(umum, "/kantor/admin/kalender").getResponse().getStatus())
                .isEqualTo(403);
        var date = LocalDate.of(2033, 3, 1);
        assertThat(send(umum, addDay(date.toString(), "Hari Umum (uji)"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(on(kebumen(), date)).isEmpty();
        assertThat(send(umum, hours("09:00", "11:00")).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anotherInstitutionsAdministratorCannotManageKebumensCalendar() throws Exception {
        var pekalongan = signIn("pekalongan.admin");
        assertThat(open(pekalongan, "/kantor/admin/kalender?institution={id}", kebumen())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var date = LocalDate.of(2033, 3, 2);
        var refused = send(
                pekalongan,
                addDay(date.toString(), "Penyusup (uji)")
                        .param("institution", kebumen().toString()));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(on(kebumen(), date)).isEmpty();
    }

    @Test
    void anAdministratorAddsAndRemovesTheInstitutionsOwnDayAndBothAreAudited() throws Exception {
        var admin = signIn("kebumen.admin");
        var date = LocalDate.of(2033, 1, 21);
        var since = lastSeq();

        var added = send(admin, addDay(date.toString(), "Hari Jadi Kebumen (uji)"));
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/kalender?year=2033");
        assertThat(added.getFlashMap().get("message")).isEqualTo("web.admin.calendar.added");
        var holiday = on(kebumen(), date).orElseThrow();
        assertThat(holiday.type()).isEqualTo(HolidayType.REGIONAL_HOLIDAY);
        assertThat(holiday.source()).isEqualTo("Keputusan Bupati (uji)");
        assertThat(auditSince(since, "kebumen.admin", holiday.id().toString()))
                .containsExactly("calendar.holiday-added");
        assertThat(body(open(admin, "/kantor/admin/kalender?year=2033")))
                .contains("Hari Jadi Kebumen (uji)", "/kantor/admin/kalender/hari-libur/" + holiday.id() + "/hapus")
                .contains("aria-label=\"Hapus Hari Jadi Kebumen (uji), Jumat, 21 Januari 2033\"");

        var removed = send(admin, post("/kantor/admin/kalender/hari-libur/{id}/hapus", holiday.id()));
        assertThat(removed.getResponse().getStatus()).isEqualTo(302);
        assertThat(removed.getFlashMap().get("message")).isEqualTo("web.admin.calendar.removed");
        assertThat(on(kebumen(), date)).isEmpty();
        assertThat(auditSince(since, "kebumen.admin", holiday.id().toString()))
                .containsExactly("calendar.holiday-added", "calendar.holiday-removed");
    }

    @Test
    void aBadDateOrAMissingNameIsShownOnTheFieldAndNothingIsAdded() throws Exception {
        var admin = signIn("kebumen.admin");
        var since = lastSeq();

        var badDate = send(admin, addDay("2033-02-30", "Hari Salah (uji)"));
        assertThat(badDate.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(badDate))
                .contains("id=\"date-error\"", "aria-describedby=\"date-error\"", "aria-invalid=\"true\"")
                .contains("Periksa", "value=\"Hari Salah (uji)\"", "value=\"2033-02-30\"");

        var date = LocalDate.of(2033, 2, 14);
        var noName = send(admin, addDay(date.toString(), " "));
        assertThat(noName.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(noName)).contains("id=\"nameId-error\"", "value=\"Keputusan Bupati (uji)\"");
        assertThat(on(kebumen(), date)).isEmpty();
        assertThat(lastSeq()).isEqualTo(since);
    }

    @Test
    void anInstitutionAdministratorRemovesNeitherANationalDayNorAnotherInstitutionsDay() throws Exception {
        var admin = signIn("kebumen.admin");
        var independenceDay = on(null, LocalDate.of(2026, 8, 17)).orElseThrow();
        var pekalonganDay = calendars.addHoliday(
                pekalongan(),
                LocalDate.of(2033, 4, 1),
                HolidayType.REGIONAL_HOLIDAY,
                "Hari Jadi Pekalongan (uji)",
                null,
                "Perwal (uji)");
        try {
            assertThat(send(admin, post("/kantor/admin/kalender/hari-libur/{id}/hapus", independenceDay.id()))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(send(admin, post("/kantor/admin/kalender/hari-libur/{id}/hapus", pekalonganDay.id()))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(calendars.findHoliday(independenceDay.id())).isPresent();
            assertThat(calendars.findHoliday(pekalonganDay.id())).isPresent();
            assertThat(send(admin, post("/kantor/admin/kalender/hari-libur/{id}/hapus", UUID.randomUUID()))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        } finally {
            calendars.removeHoliday(pekalonganDay.id());
        }
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        var admin = signIn("kebumen.admin");
        var date = LocalDate.of(2033, 5, 2);
        var refused = mvc.perform(addDay(date.toString(), "Tanpa Token (uji)").session(admin))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(on(kebumen(), date)).isEmpty();
    }

    @Test
    void anAdministratorReplacesTheOfficeHoursAndTheChangeIsAudited() throws Exception {
        var admin = signIn("kebumen.admin");
        var before = calendars.officeHours(kebumen());
        var since = lastSeq();
        try {
            var replaced = send(admin, hours("08:00", "11:30"));
            assertThat(replaced.getResponse().getStatus()).isEqualTo(302);
            assertThat(replaced.getFlashMap().get("message")).isEqualTo("web.admin.calendar.hours.replaced");
            var now = calendars.officeHours(kebumen());
            assertThat(now.on(DayOfWeek.MONDAY).orElseThrow().opens()).isEqualTo(LocalTime.of(8, 0));
            assertThat(now.on(DayOfWeek.FRIDAY).orElseThrow().closes()).isEqualTo(LocalTime.of(11, 30));
            assertThat(now.on(DayOfWeek.SATURDAY)).isEmpty();
            assertThat(auditSince(since, "kebumen.admin", kebumen().toString()))
                    .containsExactly("calendar.office-hours-replaced");
            assertThat(body(open(admin, "/kantor/admin/kalender"))).contains("value=\"11:30\"");
        } finally {
            calendars.replaceOfficeHours(kebumen(), before);
        }
    }

    @Test
    void officeHoursClosingBeforeTheyOpenOrWithoutTimesAreRefusedAndNothingChanges() throws Exception {
        var admin = signIn("kebumen.admin");
        var before = calendars.officeHours(kebumen());
        var since = lastSeq();

        var reversed = send(admin, hours("11:00", "09:00"));
        assertThat(reversed.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(reversed))
                .contains(
                        "id=\"FRIDAY-error\"", "aria-describedby=\"FRIDAY-error\"", "Jam tutup harus setelah jam buka")
                .contains("value=\"11:00\"", "value=\"09:00\"")
                .doesNotContain("id=\"MONDAY-error\"");

        var incomplete = send(admin, hours("09:00", ""));
        assertThat(incomplete.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(incomplete)).contains("id=\"FRIDAY-error\"", "Isi jam buka dan jam tutup");

        var weekend = send(
                admin,
                hours("09:00", "11:00")
                        .param("SUNDAY.open", "on")
                        .param("SUNDAY.opens", "09:00")
                        .param("SUNDAY.closes", "12:00"));
        assertThat(weekend.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(weekend)).contains("id=\"officeHours-error\"");

        assertThat(calendars.officeHours(kebumen())).isEqualTo(before);
        assertThat(lastSeq()).isEqualTo(since);
    }

    @Test
    void theSystemAdministratorAddsANationalDayWhichOnlyTheyMayRemove() throws Exception {
        var sysadmin = signIn("sysadmin");
        var date = LocalDate.of(2034, 6, 5);
        var since = lastSeq();
        var page = body(open(sysadmin, "/kantor/admin/kalender?year=2026"));
        assertThat(page).contains("Proklamasi Kemerdekaan Republik Indonesia", "name=\"scope\" value=\"national\"");

        var added = send(
                sysadmin,
                post("/kantor/admin/kalender/hari-libur")
                        .param("date", date.toString())
                        .param("type", "COLLECTIVE_LEAVE")
                        .param("nameId", "Cuti Bersama (uji)")
                        .param("nameEn", "Collective leave (test)")
                        .param("source", "SKB 2034 (uji)"));
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        var holiday = on(null, date).orElseThrow();
        try {
            assertThat(holiday.type()).isEqualTo(HolidayType.COLLECTIVE_LEAVE);
            assertThat(auditSince(since, "sysadmin", holiday.id().toString()))
                    .containsExactly("calendar.holiday-added");
            assertThat(body(open(signIn("kebumen.admin"), "/kantor/admin/kalender?year=2034")))
                    .contains("Cuti Bersama (uji)")
                    .doesNotContain("/hari-libur/" + holiday.id() + "/hapus");
            assertThat(body(open(sysadmin, "/kantor/admin/kalender?year=2034")))
                    .contains("/hari-libur/" + holiday.id() + "/hapus");
        } finally {
            calendars.removeHoliday(holiday.id());
        }

        var refused = send(
                signIn("kebumen.admin"),
                post("/kantor/admin/kalender/hari-libur")
                        .param("scope", "national")
                        .param("date", date.toString())
                        .param("type", "NATIONAL_HOLIDAY")
                        .param("nameId", "Libur Palsu (uji)")
                        .param("source", "uji"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(on(null, date)).isEmpty();
    }
}
