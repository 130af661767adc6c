package id.suara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Administrators keep the working calendar; what they change moves the due times of new steps. */
@SuaraIntegrationTest
class CalendarApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TestClock clock;

    Institution institution;
    String admin;
    String clerk;

    @BeforeEach
    void newInstitution() {
        var code = "cal-" + UUID.randomUUID().toString().substring(0, 8);
        institution = institutions.add(
                code,
                "Sekretariat DPRD Uji Kalender",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq}/{year}");
        sops.installPreset(institution.id(), "pekalongan");
        admin = code + ".admin";
        clerk = code + ".staf";
        staff.create(
                institution.id(),
                admin,
                "Admin",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        staff.create(institution.id(), clerk, "Staf", Api.DEMO_PASSWORD, Set.of(new RoleGrant(Role.OFFICER, null)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Instant dueOfNewLetter(String at) {
        clock.set(OffsetDateTime.parse(at).toInstant());
        var letter = Api.webSubmission(institution.code());
        letter.put("channel", "LETTER");
        var response = api.register(clerk, letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return Instant.parse(response.get("case.dueAt"));
    }

    private Api.Response addHoliday(String user, Map<String, Object> body) {
        return api.send(Api.as(
                user,
                post("/api/v1/institutions/{id}/calendar/holidays", institution.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
    }

    @Test
    void aRegionalHolidayPushesAWorkingDayDeadlineBack() {
        // Pekalongan's step 2 has 3 working days: from Mon 7 Sep 2026 that is Thu 10 Sep, or Fri 11 Sep with a holiday.
        assertThat(dueOfNewLetter("2026-09-07T10:00:00+07:00"))
                .isEqualTo(OffsetDateTime.parse("2026-09-10T16:00:00+07:00").toInstant());
        var added = addHoliday(
                admin,
                Map.of(
                        "date",
                        "2026-09-09",
                        "type",
                        "REGIONAL_HOLIDAY",
                        "nameId",
                        "Hari Jadi Kota",
                        "source",
                        "Keputusan Wali Kota (uji)"));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(dueOfNewLetter("2026-09-07T10:00:00+07:00"))
                .isEqualTo(OffsetDateTime.parse("2026-09-11T16:00:00+07:00").toInstant());
        var listed = api.send(Api.as(
                        clerk,
                        get("/api/v1/institutions/{id}/calendar/holidays", institution.id())
                                .param("year", "2026")))
                .raw();
        assertThat(listed).contains("Hari Jadi Kota").contains("Proklamasi Kemerdekaan");
    }

    @Test
    void onlyTheInstitutionsAdministratorsChangeItsCalendar() {
        var body = Map.<String, Object>of(
                "date", "2026-09-09", "type", "REGIONAL_HOLIDAY", "nameId", "Libur", "source", "uji");
        assertThat(addHoliday(clerk, body).status()).isEqualTo(403);
        assertThat(addHoliday("pekalongan.admin", body).status()).isEqualTo(404);
        assertThat(api.send(Api.as(
                                admin,
                                post("/api/v1/calendar/national-holidays")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(api.json(body))))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void refusesAHolidayWithoutItsSourceNamingTheField() {
        var response = addHoliday(admin, Map.of("date", "2026-09-09", "type", "REGIONAL_HOLIDAY", "nameId", "Libur"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("source");
    }

    @Test
    void shorterOfficeHoursMoveAMinuteDeadline() {
        var hours = Map.of(
                "MONDAY",
                Map.of("opens", "08:00", "closes", "10:00"),
                "TUESDAY",
                Map.of("opens", "08:00", "closes", "10:00"));
        var replaced = api.send(Api.as(
                admin,
                put("/api/v1/institutions/{id}/calendar/office-hours", institution.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(hours))));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        // Working days stay Monday to Friday; a working day without office hours is due at its end (ADR 0005).
        assertThat(dueOfNewLetter("2026-09-07T09:00:00+07:00"))
                .isEqualTo(OffsetDateTime.parse("2026-09-10T23:59:59.999+07:00").toInstant());
        var invalid = api.send(Api.as(
                admin,
                put("/api/v1/institutions/{id}/calendar/office-hours", institution.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("MONDAY", Map.of("opens", "16:00", "closes", "08:00"))))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("MONDAY");
    }

    @Test
    void aSystemAdministratorAddsAndRemovesANationalDay() {
        var added = api.send(Api.as(
                "sysadmin",
                post("/api/v1/calendar/national-holidays")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of(
                                "date",
                                "2027-03-10",
                                "type",
                                "NATIONAL_HOLIDAY",
                                "nameId",
                                "Hari Raya Idul Fitri (uji)",
                                "source",
                                "SKB 2027 (uji)")))));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        var id = (String) added.get("id");
        assertThat(api.send(Api.as("kebumen.admin", delete("/api/v1/calendar/holidays/{id}", id)))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(Api.as("sysadmin", delete("/api/v1/calendar/holidays/{id}", id)))
                        .status())
                .isEqualTo(204);
    }
}
