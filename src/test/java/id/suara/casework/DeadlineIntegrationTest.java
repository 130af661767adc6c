package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.sop.SopVersions;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every step gets a due time from the institution's working-day calendar; cases know when they are overdue. */
@SuaraIntegrationTest
class DeadlineIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String registerLetter(String user, String institution, String at) {
        clock.set(OffsetDateTime.parse(at).toInstant());
        var letter = Api.webSubmission(institution);
        letter.put("channel", "LETTER");
        var response = api.register(user, letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("case.id");
    }

    private Instant dueAt(String user, String caseId) {
        return Instant.parse(api.view(user, caseId).get("dueAt"));
    }

    @Test
    void countsMinutesInOfficeHoursAcrossCollectiveLeaveChristmasAndTheWeekend() {
        // Wed 23 Dec 2026 15:55 WIB: 5 of the 15 minutes before closing; Thu 24 is collective leave, Fri 25 Christmas.
        var caseId = registerLetter("kebumen.umum", "dprd-kebumen", "2026-12-23T15:55:00+07:00");
        assertThat(dueAt("kebumen.umum", caseId))
                .isEqualTo(OffsetDateTime.parse("2026-12-28T09:10:00+07:00").toInstant());
    }

    @Test
    void countsWorkingDaysAcrossIndependenceDayAndTheWeekend() {
        // Fri 14 Aug 2026; Mon 17 Aug is Independence Day: three working days are Tue, Wed, Thu; due at Thursday's
        // close.
        var caseId = registerLetter("pekalongan.staf", "setwan-pekalongan", "2026-08-14T10:00:00+07:00");
        assertThat(api.view("pekalongan.staf", caseId).<String>get("currentStep.code"))
                .isEqualTo("follow-up-and-register");
        assertThat(dueAt("pekalongan.staf", caseId))
                .isEqualTo(OffsetDateTime.parse("2026-08-20T16:00:00+07:00").toInstant());
    }

    @Test
    void countsOfficeHoursInTheInstitutionsOwnZone() {
        // An office in WITA (UTC+8) opens at 08:00 local time, an hour before an office in WIB would.
        var code = "wita-" + UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                code,
                "Sekretariat DPRD Uji WITA",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Makassar"),
                "{seq}/{year}");
        sops.installPreset(institution.id(), "kebumen-online");
        clock.set(OffsetDateTime.parse("2026-03-02T07:50:00+08:00").toInstant());
        var response = api.submit(Api.webSubmission(code));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var tracked = api.track(response.get("trackingNumber"), response.get("accessCode"));
        assertThat(Instant.parse(tracked.get("dueAt")))
                .isEqualTo(OffsetDateTime.parse("2026-03-02T08:15:00+08:00").toInstant());
        assertThat(tracked.<String>get("timeZone")).isEqualTo("Asia/Makassar");
    }

    @Test
    void marksACaseOverdueOnceItsStepIsPastDueAndFindsItByThatFilter() {
        var caseId = registerLetter("kebumen.umum", "dprd-kebumen", "2026-12-23T15:55:00+07:00");
        assertThat(api.view("kebumen.umum", caseId).<Boolean>get("overdue")).isFalse();
        assertThat(overdueIds()).doesNotContain(caseId);
        clock.set(OffsetDateTime.parse("2026-12-28T09:11:00+07:00").toInstant());
        assertThat(api.view("kebumen.umum", caseId).<Boolean>get("overdue")).isTrue();
        assertThat(overdueIds()).contains(caseId);
    }

    @Test
    void countsTheThreeWorkingDaysNoticeOfAnAudienceAcrossHolidays() {
        // Requested Wed 23 Dec 2026: the three working days are Mon 28, Tue 29, Wed 30 Dec.
        clock.set(OffsetDateTime.parse("2026-12-23T10:00:00+07:00").toInstant());
        assertThat(audienceNoticeMet("2026-12-29T10:00:00+07:00")).isFalse();
        assertThat(audienceNoticeMet("2026-12-30T10:00:00+07:00")).isTrue();
    }

    @Test
    void aDelegationIsDueAtTheAudienceAgreedAWeekAheadNotADayAfterCoordination() {
        // Monday 2 March 2026; the audience is agreed for Monday 9 March at 10:00 WIB.
        var caseId = inPersonCaseCoordinatedFor("2026-03-09T10:00:00+07:00");

        assertThat(dueAt("kebumen.pimpinan", caseId))
                .isEqualTo(OffsetDateTime.parse("2026-03-09T10:00:00+07:00").toInstant());
        clock.set(OffsetDateTime.parse("2026-03-06T10:00:00+07:00").toInstant());
        assertThat(api.view("kebumen.pimpinan", caseId).<Boolean>get("overdue")).isFalse();
        clock.set(OffsetDateTime.parse("2026-03-09T10:01:00+07:00").toInstant());
        assertThat(api.view("kebumen.pimpinan", caseId).<Boolean>get("overdue")).isTrue();
    }

    @Test
    void aDelegationReceivedOnAnotherDayIsDueAtThatDay() {
        var caseId = inPersonCaseCoordinatedFor("2026-03-09T10:00:00+07:00");
        clock.set(OffsetDateTime.parse("2026-03-09T10:30:00+07:00").toInstant());
        act("kebumen.pimpinan", caseId, "receive", Map.of());
        act("kebumen.humas", caseId, "reschedule", Map.of("meetingAt", "2026-03-16T09:30:00+07:00"));

        assertThat(api.view("kebumen.pimpinan", caseId).<String>get("currentStep.code"))
                .isEqualTo("receive-delegation");
        assertThat(dueAt("kebumen.pimpinan", caseId))
                .isEqualTo(OffsetDateTime.parse("2026-03-16T09:30:00+07:00").toInstant());
    }

    @Test
    void aDelegationWithoutAnAgreedTimeIsDueAfterTheStepsOwnLimit() {
        var caseId = inPersonCaseCoordinatedFor(null);

        // 1 hari from Monday 2 March: Tuesday's close
        assertThat(dueAt("kebumen.pimpinan", caseId))
                .isEqualTo(OffsetDateTime.parse("2026-03-03T16:00:00+07:00").toInstant());
    }

    @Test
    void theInstitutionPageSaysTheDelegationIsReceivedAtTheAgreedTime() {
        var page = api.send(MockMvcRequestBuilders.get("/i/dprd-kebumen"));

        assertThat(page.raw()).contains("<span>1 hari</span><span> (atau pada waktu yang disepakati)</span>");
    }

    /** An in-person case of DPRD Kebumen, requested on Monday 2 March 2026, coordinated to the leadership. */
    private String inPersonCaseCoordinatedFor(String agreedAudience) {
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+07:00").toInstant());
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("audienceRequestedFor", "2026-03-09T10:00:00+07:00");
        var response = api.submit(request);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var caseId = caseIdOf(response.get("trackingNumber"));
        var checked = api.check(
                "kebumen.petugas",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        assertThat(checked.status()).as(checked.raw()).isEqualTo(200);
        act("kebumen.petugas", caseId, "accept", Map.of());
        act("kebumen.petugas", caseId, "record", Map.of());
        act("kebumen.petugas", caseId, "forward", Map.of());
        act("kebumen.humas", caseId, "forward", Map.of());
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("assignedUnit", api.unit("dprd-kebumen", "pimpinan").toString());
        if (agreedAudience != null) {
            fields.put("meetingAt", agreedAudience);
        }
        act("kebumen.sekwan", caseId, "coordinate", fields);
        return caseId;
    }

    private void act(String user, String caseId, String action, Map<String, Object> fields) {
        var response = api.act(user, caseId, action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
    }

    /** Registered at the desk: the public form refuses an audience asked for sooner than 3 working days ahead. */
    private boolean audienceNoticeMet(String audienceAt) {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("audienceRequestedFor", audienceAt);
        var response = api.register("kebumen.petugas", request);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String caseId = response.get("case.id");
        var checked = api.check(
                "kebumen.petugas",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        assertThat(checked.status()).as(checked.raw()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        return checked.get("requirementCheck.latest.items.AUDIENCE_NOTICE");
    }

    private String caseIdOf(String trackingNumber) {
        List<Map<String, Object>> items = api.send(Api.as(
                        "kebumen.petugas",
                        MockMvcRequestBuilders.get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        return (String) items.getFirst().get("id");
    }

    private List<String> overdueIds() {
        List<Map<String, Object>> items = api.send(Api.as(
                        "kebumen.umum",
                        MockMvcRequestBuilders.get("/api/v1/cases")
                                .param("overdue", "true")
                                .param("size", "100")))
                .get("items");
        return items.stream().map(i -> (String) i.get("id")).toList();
    }
}
